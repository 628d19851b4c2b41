using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Export;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Api;

/// <summary>Countries and actors, each listed and one at a time with its episodes in the export's shape.</summary>
public static class CatalogEndpoints
{
    public static void MapCatalogEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/countries", (EncyclopediaDb db, CancellationToken cancel) => db.Countries.OrderBy(c => c.Name)
            .Select(c => new CountryJson(c.Slug, c.Name, c.Iso3, c.IsHistorical, c.Region,
                c.Episodes.Count(e => e.Role == CountryRole.Target), SitePaths.Countries + "/" + c.Slug))
            .ToListAsync(cancel)).WithSummary("Every country, with how many episodes targeted it");
        api.MapGet("/countries/{slug}", CountryAsync).WithSummary("One country with its names and episodes");
        api.MapGet("/actors", (EncyclopediaDb db, CancellationToken cancel) => ActorsAsync(db, cancel)).WithSummary("Every person and organization");
        api.MapGet("/actors/{slug}", ActorAsync).WithSummary("One person or organization with its episodes");
    }

    static async Task<IResult> CountryAsync(EncyclopediaDb db, string slug, CancellationToken cancel)
    {
        var c = await db.Countries.Where(x => x.Slug == slug).Select(x => new
        {
            x.Id, x.Slug, x.Name, x.Iso3, x.IsHistorical, x.Region,
            Aliases = x.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
            Successors = x.Successors.OrderBy(s => s.Successor.Name).Select(s => new { s.Successor.Slug, s.Successor.Name }).ToList(),
            Predecessors = x.Predecessors.OrderBy(s => s.Historical.Name).Select(s => new { s.Historical.Slug, s.Historical.Name }).ToList(),
        }).AsSplitQuery().FirstOrDefaultAsync(cancel);
        if (c is null) return Problems.NotFound("country");
        var episodes = EpisodeJson.Load(db, db.Episodes.Where(e => e.Countries.Any(x => x.CountryId == c.Id)));
        return Results.Ok(new CountryDetailJson(c.Slug, c.Name, c.Iso3, c.IsHistorical, c.Region, SitePaths.Country(c.Slug), c.Aliases,
            [.. c.Successors.Select(s => new NameLink(s.Slug, s.Name, SitePaths.Country(s.Slug)))],
            [.. c.Predecessors.Select(s => new NameLink(s.Slug, s.Name, SitePaths.Country(s.Slug)))],
            episodes));
    }

    static async Task<List<ActorJson>> ActorsAsync(EncyclopediaDb db, CancellationToken cancel)
    {
        var rows = await db.Actors.OrderBy(a => a.Name)
            .Select(a => new { a.Slug, a.Name, a.Type, a.Description, Episodes = a.Episodes.Count }).ToListAsync(cancel);
        return [.. rows.Select(a => new ActorJson(a.Slug, a.Name, EpisodeJson.TypeName(a.Type), a.Description, a.Episodes, SitePaths.Actor(a.Slug)))];
    }

    static async Task<IResult> ActorAsync(EncyclopediaDb db, string slug, CancellationToken cancel)
    {
        var a = await db.Actors.Where(x => x.Slug == slug).Select(x => new
        {
            x.Id, x.Slug, x.Name, x.Type, x.Description,
            Aliases = x.Aliases.OrderBy(n => n.Name).Select(n => n.Name).ToList(),
        }).FirstOrDefaultAsync(cancel);
        if (a is null) return Problems.NotFound("actor");
        var episodes = EpisodeJson.Load(db, db.Episodes.Where(e => e.Actors.Any(x => x.ActorId == a.Id)));
        return Results.Ok(new ActorDetailJson(a.Slug, a.Name, EpisodeJson.TypeName(a.Type), a.Description, SitePaths.Actor(a.Slug), a.Aliases, episodes));
    }
}
