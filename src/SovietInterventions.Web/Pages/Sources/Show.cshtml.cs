using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Sources;

public sealed class ShowModel(EncyclopediaDb db) : PageModel
{
    public sealed record SourcePage(string Slug, string Title, string FileName, SourceFormat Format, List<DocumentOutline.Passage> Passages)
    {
        public SourceCredit Credit { get; init; } = SourceCredit.None;
    }

    public SourcePage Source { get; private set; } = null!;
    public DocumentOutline Outline { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var source = await db.Sources
            .Where(s => s.Slug == slug)
            .Select(s => new SourcePage(s.Slug, s.Title, s.FileName, s.Format,
                s.Passages.OrderBy(p => p.Position)
                    .Select(p => new DocumentOutline.Passage(p.Position, p.Kind, p.Text, p.Depth,
                        p.Episode == null ? null : p.Episode.Slug,
                        p.Episode == null ? null : p.Episode.Title))
                    .ToList())
            {
                Credit = new SourceCredit(s.Author, s.Url, s.Licence, s.RetrievedOn),
            })
            .FirstOrDefaultAsync();
        if (source is null) return await OldSlug.RedirectOrNotFound(this, db, SlugEntity.Source, slug);
        Source = source;
        Outline = new DocumentOutline(source.Title, source.Passages);
        return Page();
    }
}
