using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Pictures;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Decades;

public sealed class IndexModel(EncyclopediaDb db) : PageModel
{
    public sealed record Row(Decade Decade, int Episodes, int ContextEvents);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string DecadeChart { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var spans = await db.Episodes.Select(e => new { e.StartYear, e.EndYear }).ToListAsync();
        var contextYears = await db.Events.Where(v => v.EpisodeId == null).Select(v => v.Year).ToListAsync();
        Rows = [.. Decade.All.Select(d => new Row(d,
            spans.Count(s => s.StartYear <= d.EndYear && s.EndYear >= d.StartYear),
            contextYears.Count(y => Decade.Of(y) == d)))];
        DecadeChart = DecadeBarChart.Render([.. Rows.Select(r => new DecadeBar(r.Decade.ToString(), SitePaths.Decade(r.Decade), r.Episodes))]);
    }
}
