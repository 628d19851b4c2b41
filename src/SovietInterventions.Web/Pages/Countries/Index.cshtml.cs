using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Pages.Countries;

public sealed class IndexModel(EncyclopediaDb db) : PageModel
{
    public sealed record Row(string Slug, string Name, string Region, bool IsHistorical, int Targeted, int Participated, List<string> Successors);

    public IReadOnlyList<Row> Present { get; private set; } = [];
    public IReadOnlyList<Row> Historical { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await db.Countries
            .OrderBy(c => c.Name)
            .Select(c => new Row(c.Slug, c.Name, c.Region, c.IsHistorical,
                c.Episodes.Count(e => e.Role == CountryRole.Target),
                c.Episodes.Count(e => e.Role == CountryRole.Participant),
                c.Successors.OrderBy(s => s.Successor.Name).Select(s => s.Successor.Name).ToList()))
            .ToListAsync();
        Present = [.. rows.Where(r => !r.IsHistorical)];
        Historical = [.. rows.Where(r => r.IsHistorical)];
    }
}
