using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Editions;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Editions;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Episodes;

/// <summary>What changed in one episode from edition to edition, newest change first.</summary>
public sealed class ChangesModel(EncyclopediaDb db, EditionCatalog catalog, EditionDatabases databases) : PageModel
{
    public sealed record Change(Edition? Older, Edition Newer, EpisodeDifference Difference);

    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public IReadOnlyList<Change> Changes { get; private set; } = [];
    public IReadOnlyList<Edition> Editions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var title = await db.Episodes.Where(e => e.Slug == slug).Select(e => e.Title).FirstOrDefaultAsync();
        if (title is null)
        {
            var current = await db.SlugRedirects.Where(r => r.Entity == SlugEntity.Episode && r.OldSlug == slug).Select(r => r.CurrentSlug).FirstOrDefaultAsync();
            return current is null || current == slug ? NotFound() : RedirectPermanent(SitePaths.EpisodeChanges(current));
        }
        (Slug, Title) = (slug, title);
        // Every slug the episode had, since an older edition may know it by one of them.
        var names = await db.SlugRedirects.Where(r => r.Entity == SlugEntity.Episode && r.CurrentSlug == slug).Select(r => r.OldSlug).ToListAsync();
        names.Add(slug);

        Editions = [.. catalog.Index.Editions.Where(e => catalog.Find(e.Id) is not null)];
        var snapshots = Editions.Select(edition =>
        {
            using var old = databases.Open(catalog.FileOf(edition));
            return EpisodeSnapshot.Load(old, names).OrderByDescending(s => s.Slug == slug).FirstOrDefault();
        }).ToList();
        var changes = new List<Change>();
        for (var i = 0; i < Editions.Count; i++)
        {
            var before = i > 0 ? snapshots[i - 1] : null;
            if (before is null && snapshots[i] is null) continue;
            var difference = EpisodeDifference.Between(before, snapshots[i]);
            if (difference.Changed) changes.Add(new Change(i > 0 ? Editions[i - 1] : null, Editions[i], difference));
        }
        changes.Reverse();
        Changes = changes;
        return Page();
    }
}
