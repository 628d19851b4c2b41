using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Site;

/// <summary>
/// An episode page's decade strip: the episode among its nearest neighbours in time of the episodes under way in its
/// decade, at most <see cref="Limit"/> bars, so the page does not grow with the decade; the decade page lists them all.
/// </summary>
public sealed record DecadeNeighbours(IHtmlContent Svg, int Shown, int UnderWay)
{
    /// <summary>Bars drawn at most: the episode and about half as many before it as after it in time order.</summary>
    public const int Limit = 25;

    public bool ShowsAll => Shown >= UnderWay;

    public static async Task<DecadeNeighbours> LoadAsync(EncyclopediaDb db, int episodeId, Decade decade, string currentHref)
    {
        int from = decade.StartYear, to = decade.EndYear;
        var underWay = db.Episodes.Where(e => e.StartYear <= to && e.EndYear >= from);
        var total = await underWay.CountAsync();
        var skip = 0;
        if (total > Limit)
        {
            var self = await db.Episodes.Where(e => e.Id == episodeId).Select(e => new { e.StartYear, e.Start, e.Title }).SingleAsync();
            // Its place in time order (year, start, title, id), counted in SQL rather than read.
            var before = await underWay.CountAsync(e => e.StartYear < self.StartYear
                || (e.StartYear == self.StartYear && (string.Compare(e.Start, self.Start) < 0
                    || (e.Start == self.Start && (string.Compare(e.Title, self.Title) < 0 || (e.Title == self.Title && e.Id < episodeId))))));
            skip = Math.Clamp(before - Limit / 2, 0, total - Limit);
        }
        var window = underWay.OrderBy(e => e.StartYear).ThenBy(e => e.Start).ThenBy(e => e.Title).ThenBy(e => e.Id).Skip(skip).Take(Limit);
        var bars = await EpisodeBars.LoadAsync(window);
        return new DecadeNeighbours(
            TimelineChart.RenderDecadeStrip(bars, decade.StartYear, currentHref, "decade-strip"), Math.Min(total, Limit), total);
    }
}
