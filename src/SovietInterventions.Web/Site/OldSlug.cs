using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Site;

/// <summary>Links in old course materials keep working: a former slug answers 301 to the current page.</summary>
public static class OldSlug
{
    public static async Task<IActionResult> RedirectOrNotFound(PageModel page, EncyclopediaDb db, SlugEntity entity, string slug)
    {
        var current = await db.SlugRedirects
            .Where(r => r.Entity == entity && r.OldSlug == slug)
            .Select(r => r.CurrentSlug)
            .FirstOrDefaultAsync();
        if (current is null || current == slug) return page.NotFound();
        return page.RedirectPermanent(SitePaths.For(entity, current) + page.Request.QueryString);
    }
}
