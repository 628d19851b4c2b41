using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Pictures;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Timeline;

public sealed class IndexModel(EncyclopediaDb db, IMemoryCache cache) : PageModel
{
    public IReadOnlyList<Overview.DecadeSummary> Decades { get; private set; } = [];
    public int EpisodeCount { get; private set; }
    public int PictureCount { get; private set; }

    public IHtmlContent TimelineWide { get; private set; } = HtmlString.Empty;
    public IHtmlContent TimelineNarrow { get; private set; } = HtmlString.Empty;

    public async Task OnGetAsync()
    {
        var episodes = await Significance.GetAsync(db, cache);
        var contextYears = await db.Events.Where(v => v.EpisodeId == null)
            .GroupBy(v => v.Year).Select(g => new { Year = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Year, g => g.Count);
        Decades = Overview.Of(episodes, contextYears);
        EpisodeCount = episodes.Count;

        var bars = await Significance.PictureBarsAsync(db, episodes);
        PictureCount = bars.Count;
        var marks = await ContextMarks.LoadAsync(db);
        TimelineWide = TimelineChart.Render(bars, marks, PictureWidth.Wide, "timeline");
        TimelineNarrow = TimelineChart.Render(bars, marks, PictureWidth.Narrow, "timeline");
    }
}
