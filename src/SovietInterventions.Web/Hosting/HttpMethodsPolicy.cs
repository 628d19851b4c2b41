using Microsoft.AspNetCore.Diagnostics;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// The site is read-only: GET and HEAD everywhere, OPTIONS says so, anything else (TRACE included) is 405 with
/// Allow before it reaches a page. HEAD is answered as GET with the body left out, so it works wherever GET does.
/// </summary>
public static class HttpMethodsPolicy
{
    public const string Allowed = "GET, HEAD, OPTIONS";

    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            await next(context);
            return;
        }
        if (HttpMethods.IsHead(request.Method))
        {
            await AsHead(context, next);
            return;
        }
        context.Response.Headers.Allow = Allowed;
        context.Response.Headers.CacheControl = "no-store";
        if (HttpMethods.IsOptions(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.ContentType = "text/plain; charset=utf-8";
        // A body, so that no status code page replaces the answer.
        await context.Response.WriteAsync($"Method {request.Method.Length switch { > 20 => "", _ => request.Method }} not allowed: this site answers {Allowed}.");
    });

    // Endpoints are mapped for GET; HEAD runs them as GET and throws the body away (headers, status and length stay).
    static async Task AsHead(HttpContext context, RequestDelegate next)
    {
        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        // The server must see HEAD when it writes the headers, or it would expect the body it announced.
        context.Response.OnStarting(() =>
        {
            context.Request.Method = HttpMethods.Head;
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    }

    /// <summary>Only 404 gets the not-found page; 405, 412, 416 and the rest keep their own status and (empty) body.</summary>
    public static IApplicationBuilder UseStatusPagesOnlyForNotFound(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (context.Response.StatusCode != StatusCodes.Status404NotFound && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            pages.Enabled = false;
    });
}
