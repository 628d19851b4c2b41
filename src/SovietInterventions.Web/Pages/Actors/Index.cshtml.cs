using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Actors;

/// <summary>Actors by type, then name, <see cref="ListPage.Size"/> to a page; each type's heading counts all its actors.</summary>
public sealed class IndexModel(EncyclopediaDb db) : PageModel
{
    public sealed record Row(string Slug, string Name, ActorType Type, int Episodes);

    public IReadOnlyList<IGrouping<ActorType, Row>> ByType { get; private set; } = [];
    public IReadOnlyDictionary<ActorType, int> TypeTotals { get; private set; } = new Dictionary<ActorType, int>();
    public ListPage Paging { get; private set; } = ListPage.Of(null, 0);

    public async Task OnGetAsync()
    {
        var totals = await db.Actors.GroupBy(a => a.Type).Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync();
        TypeTotals = totals.ToDictionary(t => t.Type, t => t.Count);
        Paging = ListPage.Of(Request.Query["page"], totals.Sum(t => t.Count));
        // One query per type, in the order the groups are shown, so a page is cut where the reader expects.
        var order = TypeTotals.Keys.Order().ToList();
        var rows = new List<Row>();
        var skip = Paging.Skip;
        foreach (var type in order)
        {
            if (rows.Count == ListPage.Size) break;
            if (skip >= TypeTotals[type]) { skip -= TypeTotals[type]; continue; }
            rows.AddRange(await db.Actors.Where(a => a.Type == type)
                .OrderBy(a => a.Name).ThenBy(a => a.Id)
                .Skip(skip).Take(ListPage.Size - rows.Count)
                .Select(a => new Row(a.Slug, a.Name, a.Type, a.Episodes.Count))
                .ToListAsync());
            skip = 0;
        }
        ByType = [.. rows.GroupBy(r => r.Type)];
    }
}
