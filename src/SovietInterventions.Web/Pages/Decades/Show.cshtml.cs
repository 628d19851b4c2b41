using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Pages.Timeline;
using SovietInterventions.Web.Pictures;
using SovietInterventions.Web.Search;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Decades;

/// <summary>
/// The episodes under way in a decade, in time order and <see cref="ListPage.Size"/> to a page: those begun earlier
/// first, then year by year with the context events of the years the page covers.
/// </summary>
public sealed class ShowModel(EncyclopediaDb db) : PageModel
{
    public Decade Decade { get; private set; }
    public ListPage Paging { get; private set; } = ListPage.Of(null, 0);
    public IReadOnlyList<EpisodeListItem> BegunEarlier { get; private set; } = [];
    public IReadOnlyList<Chronology.Year> Years { get; private set; } = [];
    public string DecadeChart { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string decade)
    {
        if (!Decade.TryParse(decade, out var parsed)) return NotFound();
        Decade = parsed;
        // The same filters as /search (country, actor, kind), so "Hungary in the 1950s" is one URL; the path gives the decade.
        var filter = EpisodeFilter.FromQuery(Request.Query, out _) with { Decade = null, Q = null };
        var underWay = filter.Apply(db).Where(e => e.StartYear <= parsed.EndYear && e.EndYear >= parsed.StartYear);
        Paging = ListPage.Of(Request.Query["page"], await underWay.CountAsync());
        // One more row before the page, when there is one, to know where the previous page's years ended.
        var before = Paging.IsFirst ? 0 : 1;
        var rows = await EpisodeListItem.InTimeOrder(underWay)
            .Skip(Paging.Skip - before).Take(ListPage.Size + before)
            .Select(EpisodeListItem.FromEpisode)
            .ToListAsync();
        var episodes = rows.Skip(before).ToList();
        BegunEarlier = [.. episodes.Where(e => e.StartYear < parsed.StartYear)];
        var begun = episodes.Where(e => e.StartYear >= parsed.StartYear).ToList();

        // Each year's context events go on one page: after the years of the page before, up to this page's last year.
        var from = before == 1 && rows.Count > 0 ? Math.Max(parsed.StartYear, rows[0].StartYear + 1) : parsed.StartYear;
        var to = Paging.IsLast || begun.Count == 0 ? parsed.EndYear : begun[^1].StartYear;
        Years = Chronology.Merge(begun, await Chronology.ContextEventsAsync(db, from, to));
        DecadeChart = DecadeBarChart.Render(await DecadeBars.LoadAsync(db));
        return Page();
    }
}
