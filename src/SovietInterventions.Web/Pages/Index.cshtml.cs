using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pages.Map;
using SovietInterventions.Web.Pages.Shared;
using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Pages;

public sealed class IndexModel(EncyclopediaDb db, WorldMap map, WorldMapGeometry geometry, IMemoryCache cache) : PageModel
{
    public sealed record Counts(int Episodes, int Countries, int Actors, int Sources, int Events);

    public Counts Totals { get; private set; } = new(0, 0, 0, 0, 0);
    public IReadOnlyList<IGrouping<Decade, EpisodeListItem>> ByDecade { get; private set; } = [];
    public string TimelineWide { get; private set; } = "";
    public string TimelineNarrow { get; private set; } = "";
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
        var episodes = await EpisodeListItem.InTimeOrder(db.Episodes).Select(EpisodeListItem.FromEpisode).ToListAsync();
        ByDecade = [.. episodes.GroupBy(e => Decade.Of(e.StartYear))];

        var bars = await EpisodeBars.LoadAsync(db.Episodes);
        var marks = await ContextMarks.LoadAsync(db);
        TimelineWide = TimelineChart.Render(bars, marks, PictureWidth.Wide, "home-timeline");
        TimelineNarrow = TimelineChart.Render(bars, marks, PictureWidth.Narrow, "home-timeline");
        Map = await MapPicture.GetAsync(db, map, geometry, cache, decade: null);
        DecadeChart = DecadeBarChart.Render(await DecadeBars.LoadAsync(db));
    }
}
