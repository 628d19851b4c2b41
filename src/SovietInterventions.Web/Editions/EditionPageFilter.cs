using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SovietInterventions.Web.Editions;

/// <summary>
/// On an edition's page: an edition that is not kept is "not found"; the canonical URL is the current page,
/// because the edition's copy duplicates it and search engines should send readers to the newest text
/// (Wikipedia's permanent links do the same); the permanent link itself is given in the banner and the citation.
/// </summary>
public sealed class EditionPageFilter(EditionCatalog catalog) : IAsyncPageFilter
{
    public const string EditionKey = "Edition";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.GetRouteValue(EditionRequest.RouteKey) is not string id)
        {
            await next();
            return;
        }
        if (catalog.Find(id) is not { } edition)
        {
            context.Result = new NotFoundResult();
            return;
        }
        if (context.HandlerInstance is PageModel page)
        {
            page.ViewData[EditionKey] = edition;
            page.ViewData["CanonicalPath"] = EditionRequest.CurrentPath(context.HttpContext.Request.Path.Value ?? "/", id);
        }
        await next();
    }
}
