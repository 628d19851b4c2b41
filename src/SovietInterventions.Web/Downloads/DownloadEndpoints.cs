using System.Text;
using System.Text.Json;
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
        var json = downloads.MapGet("/episodes.json", (EncyclopediaDb db) =>
            Results.Text(JsonSerializer.Serialize(EpisodeJson.Load(db), EpisodeJson.Options), "application/json", Encoding.UTF8));
        var episodes = downloads.MapGet("/episodes.csv", async (EncyclopediaDb db) => CsvFile(Csv.Write(
            ["slug", "title", "kind", "start", "end", "summary", "url"],
            (await db.Episodes.OrderBy(e => e.Start).ThenBy(e => e.Slug).ToListAsync())
                .Select(e => new[] { e.Slug, e.Title, EpisodeJson.KindName(e.Kind), e.Start, e.End, e.Summary, $"/episodes/{e.Slug}" }))));
        var countries = downloads.MapGet("/episode-countries.csv", async (EncyclopediaDb db) => CsvFile(Csv.Write(
            ["episode", "country", "country_name", "role"],
            (await db.EpisodeCountries.OrderBy(x => x.Episode.Slug).ThenBy(x => x.Country.Slug)
                .Select(x => new { Episode = x.Episode.Slug, x.Country.Slug, x.Country.Name, x.Role }).ToListAsync())
                .Select(x => new[] { x.Episode, x.Slug, x.Name, x.Role.ToString().ToLowerInvariant() }))));
        var actors = downloads.MapGet("/episode-actors.csv", async (EncyclopediaDb db) => CsvFile(Csv.Write(
            ["episode", "actor", "actor_name", "actor_type", "role"],
            (await db.EpisodeActors.OrderBy(x => x.Episode.Slug).ThenBy(x => x.Actor.Slug)
                .Select(x => new { Episode = x.Episode.Slug, x.Actor.Slug, x.Actor.Name, x.Actor.Type, x.Role }).ToListAsync())
                .Select(x => new[] { x.Episode, x.Slug, x.Name, EpisodeJson.TypeName(x.Type), x.Role }))));
        var events = downloads.MapGet("/events.csv", async (EncyclopediaDb db) => CsvFile(Csv.Write(
            ["date", "episode", "text"],
            (await db.Events.OrderBy(v => v.Date).ThenBy(v => v.Id)
                .Select(v => new { v.Date, Episode = v.Episode == null ? null : v.Episode.Slug, v.Text }).ToListAsync())
                .Select(v => new[] { v.Date, v.Episode, v.Text }))));
        // Generated files are small enough to keep in the output cache; the database file is streamed from disk instead.
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

    static IResult CsvFile(string text) => Results.Text(text, "text/csv; header=present", Encoding.UTF8);
}
