using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Export;
using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Downloads;

/// <summary>The whole dataset as JSON, as CSV tables and as the SQLite file.</summary>
public static class DownloadEndpoints
{
    public const string Prefix = "/downloads";

    public static RouteGroupBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        var downloads = app.MapGroup(Prefix).ExcludeFromDescription();
        var json = downloads.MapGet("/episodes.json", (EncyclopediaDb db) => StreamedDownloads.Streamed(JsonType,
            (body, cancel) => StreamedDownloads.WriteJsonAsync(body, StreamedDownloads.EpisodeBatches(db), cancel)));
        var episodes = downloads.MapGet("/episodes.csv", (EncyclopediaDb db) => CsvFile(
            ["slug", "title", "kind", "start", "end", "summary", "url"],
            db.Episodes.AsNoTracking().OrderBy(e => e.Start).ThenBy(e => e.Slug).Select(e => new { e.Slug, e.Title, e.Kind, e.Start, e.End, e.Summary })
                .AsAsyncEnumerable().Select(e => new[] { e.Slug, e.Title, EpisodeJson.KindName(e.Kind), e.Start, e.End, e.Summary, $"/episodes/{e.Slug}" })));
        var countries = downloads.MapGet("/episode-countries.csv", (EncyclopediaDb db) => CsvFile(
            ["episode", "country", "country_name", "role"],
            db.EpisodeCountries.OrderBy(x => x.Episode.Slug).ThenBy(x => x.Country.Slug)
                .Select(x => new { Episode = x.Episode.Slug, x.Country.Slug, x.Country.Name, x.Role }).AsAsyncEnumerable()
                .Select(x => new[] { x.Episode, x.Slug, x.Name, x.Role.ToString().ToLowerInvariant() })));
        var actors = downloads.MapGet("/episode-actors.csv", (EncyclopediaDb db) => CsvFile(
            ["episode", "actor", "actor_name", "actor_type", "role"],
            db.EpisodeActors.OrderBy(x => x.Episode.Slug).ThenBy(x => x.Actor.Slug)
                .Select(x => new { Episode = x.Episode.Slug, x.Actor.Slug, x.Actor.Name, x.Actor.Type, x.Role }).AsAsyncEnumerable()
                .Select(x => new[] { x.Episode, x.Slug, x.Name, EpisodeJson.TypeName(x.Type), x.Role })));
        var events = downloads.MapGet("/events.csv", (EncyclopediaDb db) => CsvFile(
            ["date", "episode", "text"],
            db.Events.OrderBy(v => v.Date).ThenBy(v => v.Id)
                .Select(v => new { v.Date, Episode = v.Episode == null ? null : v.Episode.Slug, v.Text }).AsAsyncEnumerable()
                .Select(v => new[] { v.Date, v.Episode, v.Text })));
        // Generated files are kept by the caches while they are small (the seeds'); larger ones pass through as they are written.
        foreach (var endpoint in new[] { json, episodes, countries, actors, events }) endpoint.CacheOutput(Caching.Policy);
        downloads.MapGet("/encyclopedia.db", (IOptions<EncyclopediaOptions> options, IWebHostEnvironment environment, DatabaseVersion version, HttpRequest request) =>
        {
            // PhysicalFile opens the file for reading only; the path comes from configuration, never from the request.
            var path = options.Value.FullDatabasePath(environment.ContentRootPath);
            // A strong validator, so that If-Range and If-Match are judged against this very file.
            var tag = version.Current is { } v ? new Microsoft.Net.Http.Headers.EntityTagHeaderValue(Revalidation.StrongETagFor(v, request)) : null;
            return Results.File(path, "application/vnd.sqlite3", "encyclopedia.db", version.Current?.LastModified, tag, enableRangeProcessing: true);
        });
        return downloads;
    }

    // The content types Results.Text gave these files when they were written whole.
    const string JsonType = "application/json; charset=utf-8";
    const string CsvType = "text/csv; header=present; charset=utf-8";

    static IResult CsvFile(string[] header, IAsyncEnumerable<string?[]> rows) =>
        StreamedDownloads.Streamed(CsvType, (body, cancel) => StreamedDownloads.WriteCsvAsync(body, header, rows, cancel));
}
