using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pages.Map;
using SovietInterventions.Web.Pictures;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages;

public sealed class IndexModel(EncyclopediaDb db, WorldMap map, WorldMapGeometry geometry, IMemoryCache cache) : PageModel
{
    public sealed record Counts(int Episodes, int Countries, int Actors, int Sources, int Events);

    public Counts Totals { get; private set; } = new(0, 0, 0, 0, 0);
    public IReadOnlyList<IGrouping<Decade, EpisodeListItem>> ByDecade { get; private set; } = [];
    /// <summary>Episodes begun in each decade, of which ByDecade lists the most written-about (all when few).</summary>
    public IReadOnlyDictionary<Decade, int> BegunByDecade { get; private set; } = new Dictionary<Decade, int>();
    public IHtmlContent TimelineWide { get; private set; } = HtmlString.Empty;
    public IHtmlContent TimelineNarrow { get; private set; } = HtmlString.Empty;
    public MapPicture Map { get; private set; } = null!;
    public string DecadeChart { get; private set; } = "";

    public async Task OnGetAsync()
    {
        Totals = new Counts(
            await db.Episodes.CountAsync(),
            await db.Countries.CountAsync(c => c.Episodes.Any(e => e.Role != CountryRole.Participant)),
            await db.Actors.CountAsync(),
            await db.Sources.CountAsync(),
            await db.Events.CountAsync());
        var weighted = await Significance.GetAsync(db, cache);
        BegunByDecade = weighted.GroupBy(e => Decade.Of(e.Item.StartYear)).ToDictionary(g => g.Key, g => g.Count());
        ByDecade = [.. weighted.MostWrittenAbout().Take(Significance.HomeLimit).Select(e => e.Item)
            .OrderBy(e => e.StartYear).ThenBy(e => e.Start, StringComparer.Ordinal).ThenBy(e => e.Title, StringComparer.Ordinal)
            .GroupBy(e => Decade.Of(e.StartYear))];

        var bars = await Significance.PictureBarsAsync(db, weighted, Significance.HomeLimit);
        var marks = await ContextMarks.LoadAsync(db);
        TimelineWide = TimelineChart.Render(bars, marks, PictureWidth.Wide, "home-timeline");
        TimelineNarrow = TimelineChart.Render(bars, marks, PictureWidth.Narrow, "home-timeline");
        Map = await MapPicture.GetAsync(db, map, geometry, cache, decade: null);
        DecadeChart = DecadeBarChart.Render(await DecadeBars.LoadAsync(db));
    }
}
