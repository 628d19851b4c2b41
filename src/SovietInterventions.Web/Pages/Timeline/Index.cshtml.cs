using Microsoft.AspNetCore.Mvc.RazorPages;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Pages.Shared;
using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Pages.Timeline;

public sealed class IndexModel(EncyclopediaDb db) : PageModel
{
    public IReadOnlyList<IGrouping<Decade, Chronology.Year>> ByDecade { get; private set; } = [];

    public string TimelineWide { get; private set; } = "";
    public string TimelineNarrow { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var bars = await EpisodeBars.LoadAsync(db.Episodes);
        var marks = await ContextMarks.LoadAsync(db);
        TimelineWide = TimelineChart.Render(bars, marks, PictureWidth.Wide, "timeline");
        TimelineNarrow = TimelineChart.Render(bars, marks, PictureWidth.Narrow, "timeline");
        var years = await Chronology.LoadAsync(db, 1, 9999);
        ByDecade = [.. years.GroupBy(y => Decade.Of(y.Number))];
    }
}
