using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Pages.Sources;

public sealed class IndexModel(EncyclopediaDb db) : PageModel
{
    public sealed record Row(string Slug, string Title, string FileName, SourceFormat Format, int Passages, int Episodes, SourceCredit Credit);

    public IReadOnlyList<Row> Documents { get; private set; } = [];

    public async Task OnGetAsync() => Documents = await db.Sources
        .OrderBy(s => s.Title)
        .Select(s => new Row(s.Slug, s.Title, s.FileName, s.Format, s.Passages.Count,
            s.Passages.Where(p => p.EpisodeId != null).Select(p => p.EpisodeId).Distinct().Count(),
            new SourceCredit(s.Author, s.Url, s.Licence, s.RetrievedOn)))
        .ToListAsync();
}
