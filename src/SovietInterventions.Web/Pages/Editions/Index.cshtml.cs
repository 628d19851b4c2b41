using Microsoft.AspNetCore.Mvc.RazorPages;
using SovietInterventions.Core.Editions;
using SovietInterventions.Web.Editions;

namespace SovietInterventions.Web.Pages.Editions;

public sealed class IndexModel(EditionCatalog catalog) : PageModel
{
    /// <summary>The editions kept, newest first, each with the one kept before it.</summary>
    public IReadOnlyList<(Edition Edition, Edition? Before)> Editions { get; private set; } = [];
    public string? Current { get; private set; }

    public void OnGet()
    {
        var index = catalog.Index;
        var kept = index.Editions.Where(e => catalog.Find(e.Id) is not null).ToList();
        Editions = [.. kept.Select((e, i) => (e, i > 0 ? kept[i - 1] : null)).Reverse()];
        Current = index.Current;
    }
}
