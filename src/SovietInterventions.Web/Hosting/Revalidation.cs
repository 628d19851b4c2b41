using Microsoft.AspNetCore.Http.Headers;

namespace SovietInterventions.Web.Hosting;

/// <summary>Marks endpoints whose answer depends only on the database, so they get its validators.</summary>
public sealed class DatabaseVersioned;

/// <summary>
/// ETag, Last-Modified and Cache-Control on database-backed GETs, and 304 when the client already has this version.
/// The ETag is weak and names the database and the URL: the same page in br, gzip or identity is the same
/// representation in meaning but not in bytes, and two URLs never share one. Runs after routing so it can see
/// which endpoint was chosen.
/// </summary>
public static class Revalidation
{
    public const string CacheControl = "public, max-age=300";

    public static IApplicationBuilder UseDatabaseRevalidation(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<DatabaseVersioned>() is null
            || DatabaseSnapshot.For(context) is not { } version)
        {
            await next(context);
            return;
        }

        var etag = ETagFor(version, request);
        if (NotModified(request.GetTypedHeaders(), version, etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            SetHeaders(context.Response, version, etag);
            return;
        }

        context.Response.OnStarting(() =>
        {
            // Only a successful answer is this version of the resource; errors and redirects are not.
            if (context.Response.StatusCode == StatusCodes.Status200OK) SetHeaders(context.Response, version, etag);
            return Task.CompletedTask;
        });
        await next(context);
    });

    /// <summary>W/"database-url": weak, so one tag covers every content encoding of the URL's answer.</summary>
    public static string ETagFor(DatabaseVersion.Validators version, HttpRequest request)
    {
        var hash = StableHash.Hex(request.Path.Value + request.QueryString.Value);
        return $"W/\"{version.ETag.Trim('"')}-{hash}\"";
    }

    /// <summary>The same tag, strong, for answers whose bytes never depend on the encoding (the database file).</summary>
    public static string StrongETagFor(DatabaseVersion.Validators version, HttpRequest request) => ETagFor(version, request)[2..];

    static bool NotModified(RequestHeaders headers, DatabaseVersion.Validators version, string etag)
    {
        // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2); it compares weakly.
        if (headers.IfNoneMatch is { Count: > 0 } tags)
            return tags.Any(t => t.Tag == "*" || Opaque(t.Tag.ToString()) == Opaque(etag));
        return headers.IfModifiedSince is { } since && version.LastModified <= since;
    }

    static string Opaque(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;

    static void SetHeaders(HttpResponse response, DatabaseVersion.Validators version, string etag)
    {
        // A file answer (the database download) brings its own strong tag for ranges and If-Range.
        if (string.IsNullOrEmpty(response.Headers.ETag)) response.Headers.ETag = etag;
        response.Headers.LastModified = version.LastModified.ToString("R");
        response.Headers.CacheControl = CacheControl;
    }
}
