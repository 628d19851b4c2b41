using SovietInterventions.Core.Editions;
using SovietInterventions.Web.Hosting;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Editions;

/// <summary>/api/editions, and the endpoints of citations and embeds.</summary>
public static class EditionEndpoints
{
    public sealed record EditionJson(
        string Id, string Date, DateTimeOffset ImportedAt, bool Current, string Url, string Api,
        EditionCounts Counts, IReadOnlyList<EditionSeed> Seeds, EditionChanges? Changes);

    public sealed record EditionsJson(string? Current, List<EditionJson> Editions);

    public static RouteGroupBuilder MapEditionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("");
        group.MapGet("/api/editions", (EditionCatalog catalog, PublicUrl url, HttpRequest request) =>
        {
            var index = catalog.Index;
            return Results.Json(new EditionsJson(
                index.Current,
                index.Editions.Where(e => catalog.Find(e.Id) is not null).Reverse().Select(e => new EditionJson(
                    e.Id, e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.ImportedAt, e.Id == index.Current,
                    url.For(request, EditionRequest.PathOf(e.Id)), url.For(request, $"/api/episodes?edition={Uri.EscapeDataString(e.Id)}"),
                    e.Counts, e.Seeds, e.Changes)).ToList()));
        }).WithTags("Encyclopedia").WithSummary("The editions kept, newest first, with their permanent links").RequireRateLimiting(RateLimits.Policy);
        group.MapGet(StaticSite.SiteZip.Path, (StaticSite.SiteZip zip, HttpRequest request, CancellationToken cancel) => zip.GetAsync(request, cancel))
            .ExcludeFromDescription();
        group.MapCitationFiles();
        group.MapOEmbed();
        return group;
    }
}
