using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Timeline;

/// <summary>
/// The timeline as an overview whose size does not grow with the corpus: for each decade and region, how many
/// episodes began and the few most written-about of them; the decade pages list all of them.
/// </summary>
public static class Overview
{
    /// <summary>Episodes named per decade and region; the rest are counted and reached through the decade page.</summary>
    public const int PerRegion = 5;

    public sealed record Region(string Name, int Count, IReadOnlyList<EpisodeListItem> Shown)
    {
        public int NotShown => Count - Shown.Count;
    }

    public sealed record DecadeSummary(Decade Decade, int Episodes, int ContextEvents, IReadOnlyList<Region> Regions);

    public static List<DecadeSummary> Of(IReadOnlyList<WeightedEpisode> episodes, IReadOnlyDictionary<int, int> contextEventsByYear) =>
        [.. Decade.All.Select(decade =>
        {
            var began = episodes.Where(e => Decade.Of(e.Item.StartYear) == decade).ToList();
            var regions = began
                .GroupBy(e => e.Region)
                .OrderBy(g => EpisodeBars.RegionRank(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Region(g.Key, g.Count(),
                    // Shown in time order, chosen by weight.
                    [.. g.MostWrittenAbout().Take(PerRegion).Select(e => e.Item).OrderBy(i => i.StartYear).ThenBy(i => i.Start, StringComparer.Ordinal)]))
                .ToList();
            var context = contextEventsByYear.Where(y => Decade.Of(y.Key) == decade).Sum(y => y.Value);
            return new DecadeSummary(decade, began.Count, context, regions);
        })];
}
