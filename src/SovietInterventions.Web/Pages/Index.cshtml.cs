using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pages.Shared;

namespace SovietInterventions.Web.Pages;

public sealed class IndexModel(EncyclopediaDb db) : PageModel
{
    public sealed record Counts(int Episodes, int Countries, int Actors, int Sources, int Events);

    public Counts Totals { get; private set; } = new(0, 0, 0, 0, 0);
    public IReadOnlyList<IGrouping<Decade, EpisodeListItem>> ByDecade { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Totals = new Counts(
            await db.Episodes.CountAsync(),
            await db.Countries.CountAsync(c => c.Episodes.Any(e => e.Role == CountryRole.Target)),
            await db.Actors.CountAsync(),
            await db.Sources.CountAsync(),
            await db.Events.CountAsync());
        var episodes = await EpisodeListItem.InTimeOrder(db.Episodes).Select(EpisodeListItem.FromEpisode).ToListAsync();
        ByDecade = [.. episodes.GroupBy(e => Decade.Of(e.StartYear))];
    }
}
