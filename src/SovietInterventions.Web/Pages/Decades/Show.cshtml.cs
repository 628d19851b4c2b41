using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Pages.Shared;
using SovietInterventions.Web.Pages.Timeline;
using SovietInterventions.Web.Pictures;
using SovietInterventions.Web.Search;

namespace SovietInterventions.Web.Pages.Decades;

public sealed class ShowModel(EncyclopediaDb db) : PageModel
{
    public Decade Decade { get; private set; }
    public IReadOnlyList<EpisodeListItem> Episodes { get; private set; } = [];
    public IReadOnlyList<Chronology.Year> Years { get; private set; } = [];
    public string DecadeChart { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string decade)
    {
        if (!Decade.TryParse(decade, out var parsed)) return NotFound();
        Decade = parsed;
        // The same filters as /search (country, actor, kind), so "Hungary in the 1950s" is one URL; the path gives the decade.
        var filter = EpisodeFilter.FromQuery(Request.Query, out _) with { Decade = null, Q = null };
        Episodes = await EpisodeListItem.InTimeOrder(filter.Apply(db.Episodes).Where(e => e.StartYear <= parsed.EndYear && e.EndYear >= parsed.StartYear))
            .Select(EpisodeListItem.FromEpisode)
            .ToListAsync();
        Years = await Chronology.LoadAsync(db, parsed.StartYear, parsed.EndYear);
        DecadeChart = DecadeBarChart.Render(await DecadeBars.LoadAsync(db));
        return Page();
    }
}
