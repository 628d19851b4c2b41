using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Editions;

/// <summary>
/// What a country, actor or source page shows, as lines, so that an edition's page can be compared with the
/// current one. Null when the page's slug is not in that database.
/// </summary>
public static class PageSnapshot
{
    public static SlugEntity? EntityOf(string? pagePath) => pagePath switch
    {
        "/Countries/Show" => SlugEntity.Country,
        "/Actors/Show" => SlugEntity.Actor,
        "/Sources/Show" => SlugEntity.Source,
        _ => null,
    };

    public static async Task<List<string>?> LoadAsync(EncyclopediaDb db, SlugEntity entity, string slug) => entity switch
    {
        SlugEntity.Country => await db.Countries.AnyAsync(c => c.Slug == slug)
            ? await db.EpisodeCountries.Where(x => x.Country.Slug == slug)
                .OrderBy(x => x.Episode.Start).ThenBy(x => x.Episode.Slug)
                .Select(x => x.Episode.Slug + " " + x.Episode.Title + " " + x.Role).ToListAsync()
            : null,
        SlugEntity.Actor => await db.Actors.AnyAsync(a => a.Slug == slug)
            ? await db.EpisodeActors.Where(x => x.Actor.Slug == slug)
                .OrderBy(x => x.Episode.Start).ThenBy(x => x.Episode.Slug)
                .Select(x => x.Episode.Slug + " " + x.Episode.Title + " " + x.Role).ToListAsync()
            : null,
        SlugEntity.Source => await db.Sources.AnyAsync(s => s.Slug == slug)
            ? await db.Passages.Where(p => p.SourceDocument.Slug == slug).OrderBy(p => p.Position)
                .Select(p => p.Position + " " + p.Text + " " + (p.Episode == null ? "" : p.Episode.Slug)).ToListAsync()
            : null,
        _ => null,
    };

    /// <summary>The slug the current database gives what an edition called by this slug.</summary>
    public static async Task<string> CurrentSlugAsync(EncyclopediaDb current, SlugEntity entity, string slug) =>
        await current.SlugRedirects.Where(r => r.Entity == entity && r.OldSlug == slug).Select(r => r.CurrentSlug).FirstOrDefaultAsync() ?? slug;
}
