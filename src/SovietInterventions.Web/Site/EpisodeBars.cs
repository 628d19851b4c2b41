using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Site;

/// <summary>Episodes as timeline bars, drawn to the precision their dates are known to.</summary>
public static class EpisodeBars
{
    // Regions in the order the issue names them, so the picture reads west to east, then the south.
    static readonly string[] RegionOrder = ["Europe", "Asia", "Middle East", "Africa", "Americas", "Oceania"];
    public const string NoTarget = "No target country";

    /// <summary>
    /// Grouped by the region of each episode's first target country, or all under
    /// <paramref name="group"/> when given (a country page groups by the country itself).
    /// </summary>
    public static async Task<List<TimelineBar>> LoadAsync(IQueryable<Episode> episodes, string? group = null)
    {
        var rows = await EpisodeListItem.InTimeOrder(episodes)
            .Select(e => new
            {
                e.Slug, Title = e.ShortTitle, e.Kind, e.Start, e.End,
                Region = e.Countries.Where(c => c.Role != CountryRole.Participant).OrderBy(c => c.CountryId)
                    .Select(c => c.Country.Region).FirstOrDefault(),
            })
            .ToListAsync();
        var bars = new List<TimelineBar>();
        foreach (var r in rows)
        {
            if (!PartialDate.TryParseIso(r.Start, out var start)) continue;
            var end = r.End is not null && PartialDate.TryParseIso(r.End, out var parsed) ? parsed : start;
            bars.Add(new TimelineBar(
                SitePaths.Episode(r.Slug), r.Title, DateText.Range(r.Start, r.End),
                start.First, end.Last,
                start.Precision == DatePrecision.Year, end.Precision == DatePrecision.Year,
                DisplayName.Of(r.Kind), group ?? r.Region ?? NoTarget));
        }
        // Stable, so each group keeps its bars in time order.
        return [.. bars.OrderBy(b => RegionRank(b.Group))];
    }

    /// <summary>Regions in reading order; unknown ones after the known.</summary>
    public static int RegionRank(string region)
    {
        var i = Array.IndexOf(RegionOrder, region);
        return i < 0 ? RegionOrder.Length : i;
    }
}
