using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Pages.Actors;

public sealed class IndexModel(EncyclopediaDb db) : PageModel
{
    public sealed record Row(string Slug, string Name, ActorType Type, int Episodes);

    public IReadOnlyList<IGrouping<ActorType, Row>> ByType { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await db.Actors
            .OrderBy(a => a.Name)
            .Select(a => new Row(a.Slug, a.Name, a.Type, a.Episodes.Count))
            .ToListAsync();
        ByType = [.. rows.GroupBy(r => r.Type).OrderBy(g => g.Key)];
    }
}
