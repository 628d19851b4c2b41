using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Countries;

/// <summary>Present countries, then historical states, by name, <see cref="ListPage.Size"/> to a page.</summary>
public sealed class IndexModel(EncyclopediaDb db) : PageModel
{
    public sealed record Row(string Slug, string Name, string Region, bool IsHistorical, int Targeted, int Participated, List<string> Successors);

    public IReadOnlyList<Row> Present { get; private set; } = [];
    public IReadOnlyList<Row> Historical { get; private set; } = [];
    public int PresentTotal { get; private set; }
    public int HistoricalTotal { get; private set; }
    public ListPage Paging { get; private set; } = ListPage.Of(null, 0);

    public async Task OnGetAsync()
    {
        HistoricalTotal = await db.Countries.CountAsync(c => c.IsHistorical);
        PresentTotal = await db.Countries.CountAsync(c => !c.IsHistorical);
        Paging = ListPage.Of(Request.Query["page"], PresentTotal + HistoricalTotal);
        var rows = await db.Countries
            .OrderBy(c => c.IsHistorical).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Skip(Paging.Skip).Take(ListPage.Size)
            .Select(c => new Row(c.Slug, c.Name, c.Region, c.IsHistorical,
                c.Episodes.Count(e => e.Role == CountryRole.Target),
                c.Episodes.Count(e => e.Role == CountryRole.Participant),
                c.Successors.OrderBy(s => s.Successor.Name).Select(s => s.Successor.Name).ToList()))
            .ToListAsync();
        Present = [.. rows.Where(r => !r.IsHistorical)];
        Historical = [.. rows.Where(r => r.IsHistorical)];
    }
}
