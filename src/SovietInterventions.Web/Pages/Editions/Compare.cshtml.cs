using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SovietInterventions.Core.Editions;
using SovietInterventions.Web.Editions;

namespace SovietInterventions.Web.Pages.Editions;

public sealed class CompareModel(EditionCatalog catalog) : PageModel
{
    public Edition Older { get; private set; } = null!;
    public Edition Newer { get; private set; } = null!;
    public IReadOnlyList<EpisodeDifference> Differences { get; private set; } = [];

    public IActionResult OnGet(string a, string b)
    {
        if (catalog.Find(a) is not { } older || catalog.Find(b) is not { } newer) return NotFound();
        (Older, Newer) = (older, newer);
        Differences = EditionComparison.Between(catalog.FileOf(older), catalog.FileOf(newer));
        return Page();
    }
}
