using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Editions;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Embed;

/// <summary>A compact card of an episode for course sites to frame; every link opens the encyclopedia in a new tab.</summary>
public sealed class EpisodeModel(EncyclopediaDb db, PageEdition edition, PublicUrl publicUrl) : PageModel
{
    public EpisodeCard Episode { get; private set; } = null!;
    public string Strip { get; private set; } = "";
    public string PermanentUrl { get; private set; } = "";
    public string? EditionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await EpisodeCard.LoadAsync(db, slug) is not { } episode) return NotFound();
        Episode = episode;
        Strip = EpisodeStrip.Render(episode);
        var episodePath = SitePaths.Episode(episode.Slug);
        PermanentUrl = publicUrl.For(Request, edition.PermanentPath(episodePath));
        EditionId = edition.Shown?.Id;
        return Page();
    }
}
