using Microsoft.AspNetCore.Mvc.RazorPages;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Pages.Shared;

namespace SovietInterventions.Web.Pages.Timeline;

public sealed class IndexModel(EncyclopediaDb db) : PageModel
{
    public IReadOnlyList<IGrouping<Decade, Chronology.Year>> ByDecade { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var years = await Chronology.LoadAsync(db, 1, 9999);
        ByDecade = [.. years.GroupBy(y => Decade.Of(y.Number))];
    }
}
