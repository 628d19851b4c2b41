using SovietInterventions.Core.Data;
using SovietInterventions.Core.Editions;
using SovietInterventions.Web.Pages.Episodes;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Editions;

/// <summary>What a citation of a page names: its permanent link in the edition read, that edition's date, and the current link.</summary>
public sealed record CitedPage(string Title, string Slug, string CurrentUrl, string PermanentUrl, Edition? Edition, DateOnly Published, DateOnly Accessed)
{
    public Citation Citation => Edition is null
        ? Citation.For(Title, Slug, CurrentUrl, Published, Accessed)
        : Citation.ForEdition(Title, Slug, PermanentUrl, Edition.Id, Published, Accessed);

    /// <summary>Dates as Highwire Press citation_* tags write them.</summary>
    public string HighwireDate => Published.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class PageCitation(PageEdition page, PublicUrl url, TimeProvider clock, IHttpContextAccessor accessor, EncyclopediaDb db)
{
    /// <summary>The page at this current-site path (the request's own when null), as the edition being read shows it.</summary>
    public CitedPage For(string title, string slug, string? currentPath = null)
    {
        var request = accessor.HttpContext!.Request;
        currentPath ??= page.CurrentPath();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var edition = page.Shown;
        return new CitedPage(title, slug, url.For(request, currentPath), url.For(request, page.PermanentPath(currentPath)),
            edition, edition?.Date ?? ImportDate() ?? today, today);
    }

    // Before the first edition, the date of the import that built the database.
    DateOnly? ImportDate() => db.ImportInfo.OrderByDescending(i => i.Id).Select(i => (DateTimeOffset?)i.ImportedAt).FirstOrDefault() is { } at
        ? DateOnly.FromDateTime(at.UtcDateTime) : null;
}
