using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Editions;
using SovietInterventions.Web.Editions;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Episodes;

/// <summary>One printable page of an episode for a class, with the edition's permanent link as text and as a QR code.</summary>
public sealed class HandoutModel(EncyclopediaDb db, PageEdition edition, PublicUrl publicUrl) : PageModel
{
    public EpisodeCard Episode { get; private set; } = null!;
    public string PermanentUrl { get; private set; } = "";
    public string QrCode { get; private set; } = "";
    public Edition? Edition { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await EpisodeCard.LoadAsync(db, slug) is not { } episode) return NotFound();
        Episode = episode;
        Edition = edition.Shown;
        PermanentUrl = publicUrl.For(Request, edition.PermanentPath(SitePaths.Episode(episode.Slug)));
        QrCode = Web.Editions.QrCode.Svg(PermanentUrl, $"QR code of {PermanentUrl}");
        return Page();
    }
}
