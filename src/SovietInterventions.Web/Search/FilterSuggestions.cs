using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Search;

/// <summary>
/// The names the search form suggests under its typed country and actor filters: the most frequent few, the same
/// for every search of a database, so they are read once per database generation rather than once per search.
/// </summary>
public static class FilterSuggestions
{
    /// <summary>How many names each filter suggests; the index pages list them all.</summary>
    public const int Count = 40;

    public sealed record Names(IReadOnlyList<string> Countries, IReadOnlyList<string> Actors);

    public static async Task<Names> GetAsync(IMemoryCache cache, int generation, EncyclopediaDb db, CancellationToken cancel) =>
        await cache.GetOrCreateAsync((nameof(FilterSuggestions), generation), async entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            entry.Size = 1;
            return new Names(
                await db.Countries
                    .Select(c => new { c.Name, Count = c.Episodes.Count(e => e.Role == CountryRole.Target) }).Where(c => c.Count > 0)
                    .OrderByDescending(c => c.Count).ThenBy(c => c.Name).Take(Count).Select(c => c.Name).ToListAsync(cancel),
                await db.Actors
                    .Select(a => new { a.Name, Count = a.Episodes.Count }).Where(a => a.Count > 0)
                    .OrderByDescending(a => a.Count).ThenBy(a => a.Name).Take(Count).Select(a => a.Name).ToListAsync(cancel));
        }) ?? new Names([], []);
}
