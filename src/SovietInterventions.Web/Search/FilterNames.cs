using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Web.Search;

/// <summary>
/// The country and actor filters are typed, not picked from thousands of options: a value is a slug (from links)
/// or a name or alias as a reader writes it, in any letter case; this turns names into slugs and back.
/// </summary>
public static class FilterNames
{
    public static async Task<EpisodeFilter> ResolveAsync(EpisodeFilter filter, EncyclopediaDb db, CancellationToken cancel)
    {
        if (filter.Country is { } country && !await db.Countries.AnyAsync(c => c.Slug == country, cancel))
        {
            var lowered = country.ToLowerInvariant();
            var slug = await db.Countries
                .Where(c => c.Name.ToLower() == lowered || c.Aliases.Any(a => a.Name.ToLower() == lowered))
                .OrderBy(c => c.IsHistorical).ThenBy(c => c.Id).Select(c => c.Slug).FirstOrDefaultAsync(cancel);
            if (slug is not null) filter = filter with { Country = slug };
        }
        if (filter.Actor is { } actor && !await db.Actors.AnyAsync(a => a.Slug == actor, cancel))
        {
            var lowered = actor.ToLowerInvariant();
            var slug = await db.Actors
                .Where(a => a.Name.ToLower() == lowered || a.Aliases.Any(x => x.Name.ToLower() == lowered))
                .OrderBy(a => a.Id).Select(a => a.Slug).FirstOrDefaultAsync(cancel);
            if (slug is not null) filter = filter with { Actor = slug };
        }
        return filter;
    }

    /// <summary>The names of the filter's country and actor; null for a value that names none (or no value).</summary>
    public static async Task<(string? Country, string? Actor)> NamesAsync(EpisodeFilter filter, EncyclopediaDb db, CancellationToken cancel) => (
        filter.Country is { } c ? await db.Countries.Where(x => x.Slug == c).Select(x => x.Name).FirstOrDefaultAsync(cancel) : null,
        filter.Actor is { } a ? await db.Actors.Where(x => x.Slug == a).Select(x => x.Name).FirstOrDefaultAsync(cancel) : null);
}
