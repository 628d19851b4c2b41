using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Web.Pages.Downloads;

public sealed class IndexModel(EncyclopediaDb db) : PageModel
{
    public IReadOnlyList<string> SourceTitles { get; private set; } = [];
    public DateTimeOffset? ImportedAt { get; private set; }

    public async Task OnGetAsync()
    {
        SourceTitles = await db.Sources.OrderBy(s => s.Title).Select(s => s.Title).ToListAsync();
        ImportedAt = (await db.ImportInfo.OrderByDescending(i => i.Id).FirstOrDefaultAsync())?.ImportedAt;
    }
}
