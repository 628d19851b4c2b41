using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SovietInterventions.Web.Pages;

/// <summary>Shown outside Development when a request fails; it names the request, never the exception.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = "";

    public IActionResult OnGet()
    {
        // Only the exception handler comes here; a visitor asking for /error gets the 404 page.
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is null) return NotFound();
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        return Page();
    }
}
