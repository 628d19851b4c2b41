using Microsoft.AspNetCore.Http.Headers;

namespace SovietInterventions.Web.Hosting;

/// <summary>Marks endpoints whose answer depends only on the database, so they get its validators.</summary>
public sealed class DatabaseVersioned;

/// <summary>
/// ETag, Last-Modified and Cache-Control on database-backed GETs, and 304 when the client already has this version.
/// Runs after routing so it can see which endpoint was chosen.
/// </summary>
public static class Revalidation
{
    public const string CacheControl = "public, max-age=300";

    public static IApplicationBuilder UseDatabaseRevalidation(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<DatabaseVersioned>() is null
            || context.RequestServices.GetRequiredService<DatabaseVersion>().Current is not { } version)
        {
            await next(context);
            return;
        }

        if (NotModified(request.GetTypedHeaders(), version))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            SetHeaders(context.Response, version);
            return;
        }

        context.Response.OnStarting(() =>
        {
            // Only a successful answer is this version of the resource; errors and redirects are not.
            if (context.Response.StatusCode == StatusCodes.Status200OK) SetHeaders(context.Response, version);
            return Task.CompletedTask;
        });
        await next(context);
    });

    static bool NotModified(RequestHeaders headers, DatabaseVersion.Validators version)
    {
        // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
        if (headers.IfNoneMatch is { Count: > 0 } tags)
            return tags.Any(t => t.Tag == "*" || t.Tag.Equals(version.ETag, StringComparison.Ordinal));
        return headers.IfModifiedSince is { } since && version.LastModified <= since;
    }

    static void SetHeaders(HttpResponse response, DatabaseVersion.Validators version)
    {
        response.Headers.ETag = version.ETag;
        response.Headers.LastModified = version.LastModified.ToString("R");
        response.Headers.CacheControl = CacheControl;
    }
}
