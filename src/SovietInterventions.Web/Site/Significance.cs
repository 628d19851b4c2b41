using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Site;

/// <summary>An episode with the region of its first target and how much the sources say about it (its passages).</summary>
public sealed record WeightedEpisode(int Id, EpisodeListItem Item, int EndYear, string Region, int Passages);

/// <summary>
/// Which episodes an overview shows when it cannot show them all: the most written-about first (most passages),
/// then the longest, then the earliest, so the choice follows the sources and not a list in code.
/// </summary>
public static class Significance
{
    /// <summary>The most bars a whole-period picture draws (about 600 bytes a bar in each layout): beyond that the page would grow with the corpus.</summary>
    public const int PictureLimit = 100;

    /// <summary>The home page's share: it also carries the world map, so it draws and lists half as many.</summary>
    public const int HomeLimit = PictureLimit / 2;

    /// <summary>Every episode weighted, read once per import (its seeds hash) and kept: the overview pages need all of
    /// them, and a count of passages per episode costs some 40 ms on 10 000 episodes.</summary>
    public static async Task<IReadOnlyList<WeightedEpisode>> GetAsync(EncyclopediaDb db, IMemoryCache cache)
    {
        var seedsHash = await db.ImportInfo.OrderByDescending(i => i.Id).Select(i => i.SeedsHash).FirstOrDefaultAsync() ?? "";
        return await cache.GetOrCreateAsync((nameof(Significance), seedsHash), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return LoadAsync(db);
        }) ?? [];
    }

    static async Task<List<WeightedEpisode>> LoadAsync(EncyclopediaDb db) =>
        await db.Episodes
            .Select(e => new WeightedEpisode(e.Id,
                new EpisodeListItem(e.Slug, e.Title, e.Kind, e.Start, e.End, e.StartYear),
                e.EndYear,
                e.Countries.Where(c => c.Role == CountryRole.Target).OrderBy(c => c.CountryId).Select(c => c.Country.Region).FirstOrDefault() ?? EpisodeBars.NoTarget,
                e.Passages.Count()))
            .ToListAsync();

    public static IEnumerable<WeightedEpisode> MostWrittenAbout(this IEnumerable<WeightedEpisode> episodes) => episodes
        .OrderByDescending(e => e.Passages)
        .ThenByDescending(e => e.EndYear - e.Item.StartYear)
        .ThenBy(e => e.Item.Start, StringComparer.Ordinal)
        .ThenBy(e => e.Item.Title, StringComparer.Ordinal);

    /// <summary>Timeline bars for the <paramref name="limit"/> most written-about episodes (all of them when there are fewer).</summary>
    public static Task<List<Pictures.TimelineBar>> PictureBarsAsync(EncyclopediaDb db, IEnumerable<WeightedEpisode> episodes, int limit = PictureLimit)
    {
        var ids = episodes.MostWrittenAbout().Take(limit).Select(e => e.Id).ToList();
        return EpisodeBars.LoadAsync(db.Episodes.Where(e => ids.Contains(e.Id)));
    }
}
