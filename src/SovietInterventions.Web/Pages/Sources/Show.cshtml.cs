using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Sources;

/// <summary>
/// A source document, <see cref="ListPage.Size"/> passages to a page by position (so a page's size does not grow with
/// the document, and <see cref="SitePaths.Passage"/> knows each passage's page without asking the database).
/// </summary>
public sealed class ShowModel(EncyclopediaDb db) : PageModel
{
    public sealed record SourcePage(int Id, string Slug, string Title, string FileName, SourceFormat Format, int Passages)
    {
        public SourceCredit Credit { get; init; } = SourceCredit.None;
    }

    public SourcePage Source { get; private set; } = null!;
    public DocumentOutline Outline { get; private set; } = null!;
    public ListPage Paging { get; private set; } = ListPage.Of(null, 0);
    public int FirstPosition => Paging.Skip + 1;
    public int LastPosition => Math.Min(Paging.Skip + ListPage.Size, Paging.Total);

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var source = await db.Sources
            .Where(s => s.Slug == slug)
            .Select(s => new SourcePage(s.Id, s.Slug, s.Title, s.FileName, s.Format, s.Passages.Max(p => (int?)p.Position) ?? 0)
            {
                Credit = new SourceCredit(s.Author, s.Url, s.Licence, s.RetrievedOn),
            })
            .FirstOrDefaultAsync();
        if (source is null) return await OldSlug.RedirectOrNotFound(this, db, SlugEntity.Source, slug);
        Source = source;
        Paging = ListPage.Of(Request.Query["page"], source.Passages);
        int first = FirstPosition, last = LastPosition;
        var passages = await db.Passages
            .Where(p => p.SourceDocumentId == source.Id && p.Position >= first && p.Position <= last)
            .OrderBy(p => p.Position)
            .Select(p => new DocumentOutline.Passage(p.Position, p.Kind, p.Text, p.Depth,
                p.Episode == null ? null : p.Episode.Slug,
                p.Episode == null ? null : p.Episode.Title))
            .ToListAsync();
        Outline = new DocumentOutline(source.Title, passages);
        return Page();
    }
}
