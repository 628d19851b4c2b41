using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Actors;

public sealed class ShowModel(EncyclopediaDb db) : PageModel
{
    public sealed record Appearance(EpisodeListItem Episode, string Role);

    public sealed record ActorPage(string Slug, string Name, ActorType Type, string? Description, List<string> Aliases, List<Appearance> Episodes);

    public ActorPage Actor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var actor = await db.Actors
            .Where(a => a.Slug == slug)
            .Select(a => new ActorPage(a.Slug, a.Name, a.Type, a.Description,
                a.Aliases.OrderBy(x => x.Name).Select(x => x.Name).ToList(),
                a.Episodes
                    .OrderBy(x => x.Episode.StartYear).ThenBy(x => x.Episode.Start)
                    .Select(x => new Appearance(
                        new EpisodeListItem(x.Episode.Slug, x.Episode.Title, x.Episode.Kind, x.Episode.Start, x.Episode.End, x.Episode.StartYear),
                        x.Role))
                    .ToList()))
            .AsSplitQuery()
            .FirstOrDefaultAsync();
        if (actor is null) return await OldSlug.RedirectOrNotFound(this, db, SlugEntity.Actor, slug);
        Actor = actor;
        return Page();
    }
}
