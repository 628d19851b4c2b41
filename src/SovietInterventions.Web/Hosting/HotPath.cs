using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// The first middleware: a repeated GET or HEAD of a page is answered from <see cref="ResponseStore"/> with the
/// headers the whole pipeline set the first time (security headers, validators, Vary) and a body compressed
/// once per coding asked for, after one cheap check (is the database file due a look, is the entry of the current generation).
/// Everything else goes down the pipeline; a 200 carrying the database's ETag for its URL and "public" is kept on the way back.
/// Responses from rate-limited endpoints are never kept, so their limits still count every request.
/// </summary>
public sealed class HotPath(RequestDelegate next, ResponseStore store, DatabaseRefresh refresh, DatabaseVersion version, PublicUrl publicUrl, IOptions<HotPathOptions> options)
{
    // Misses render at most this many at once: more would not finish sooner on these cores, only hold more memory.
    readonly SemaphoreSlim renders = new(options.Value.RenderLimit, options.Value.RenderLimit);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!(isGet || HttpMethods.IsHead(request.Method)) || !Eligible(request.Headers) || publicUrl.HostKey(context) is not { } host)
        {
            await next(context);
            return;
        }
        // Not RequestAborted: the server makes that token only when it is asked for, and a hit need not ask.
        await refresh.CheckAsync(CancellationToken.None);
        var generation = version.Generation;
        var key = ResponseKey.Of(request, host);
        if (store.TryGet(key, generation, out var stored))
        {
            await StoredResponseWriter.WriteAsync(context, stored, store, key);
            return;
        }
        if (!isGet)
        {
            await next(context);
            return;
        }
        await FillAsync(context, key, generation);
    }

    /// <summary>Requests whose answer is not simply the stored one (ranges, date conditions) take the long way.</summary>
    static bool Eligible(IHeaderDictionary headers) =>
        StringValues.IsNullOrEmpty(headers.Range) && StringValues.IsNullOrEmpty(headers.IfModifiedSince)
        && StringValues.IsNullOrEmpty(headers.IfRange) && StringValues.IsNullOrEmpty(headers.IfMatch)
        && StringValues.IsNullOrEmpty(headers.IfUnmodifiedSince);

    async Task FillAsync(HttpContext context, ResponseKey key, int generation)
    {
        await renders.WaitAsync(context.RequestAborted);
        var capture = new ResponseCapture(context, store.EntryLimit);
        context.Features.Set(HotPathFill.Instance);
        StoredResponse? kept = null;
        try
        {
            try
            {
                await next(context);
                await capture.RunStartingCallbacksAsync();
                if (capture.Body is { } body && Keepable(context, generation) is { } etag)
                    kept = StoredResponseWriter.Create(context.Response, generation, etag, body);
            }
            finally
            {
                capture.Restore();
                renders.Release();
            }

            if (kept is not null)
            {
                store.Add(key, kept);
                context.Response.Headers.Clear();
                await StoredResponseWriter.WriteAsync(context, kept, store, key);
            }
            else if (capture.Body is { } body && !context.Response.HasStarted)
            {
                // Anything else leaves exactly as the pipeline made it.
                if (body.Count > 0 && context.Response.ContentLength is null) context.Response.ContentLength = body.Count;
                await context.Response.Body.WriteAsync(body);
            }
        }
        finally
        {
            capture.Release();
        }
    }

    /// <summary>The ETag when the response is the shareable 200 of the database this request started on.</summary>
    string? Keepable(HttpContext context, int generation)
    {
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK || version.Generation != generation) return null;
        if (context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null) return null;
        var etag = response.Headers.ETag.ToString();
        // The tag Revalidation gives this URL on this database; any other tag (a file's, an edition's) is not ours to keep.
        if (etag.Length == 0 || version.Current is not { } current || Revalidation.ETagFor(current, context.Request) != etag) return null;
        if (!response.Headers.CacheControl.ToString().Contains("public", StringComparison.Ordinal)) return null;
        if (!StringValues.IsNullOrEmpty(response.Headers.SetCookie)) return null;
        if (StoredResponseWriter.EncodingOf(response.Headers.ContentEncoding) is null) return null;
        return etag;
    }
}

/// <summary>Marks a request whose response the hot path captures to keep (<see cref="HotPathKeeps"/>).</summary>
internal sealed class HotPathFill
{
    internal static readonly HotPathFill Instance = new();
}

/// <summary>
/// The output cache stays out of what the hot path keeps: a page the hot path captures was buffered and stored a second
/// time there (12 % of what the 1 000-URL mix allocated), in a cache four times smaller that had dropped it by the time the
/// hot path had, and the pages crowded out what only the output cache keeps: rate-limited answers (search, API), which the
/// hot path never keeps, and an edition's pages, whose validators are not the current database's. On the mix its hits went
/// from none to the searches', 12 % of the requests (docs/benchmarks.md, seventeenth round).
/// </summary>
public sealed class HotPathKeeps : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.Features.Get<HotPathFill>() is not null
            && http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is null
            && Editions.EditionRequest.Id(http) is null)
            context.AllowCacheLookup = context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}

public static class HotPathSetup
{
    public static IServiceCollection AddHotPath(this IServiceCollection services)
    {
        services.AddOptions<HotPathOptions>().BindConfiguration(HotPathOptions.Section);
        services.AddSingleton<ResponseStore>();
        // One header fewer on every response, and nothing to tell a scanner which server this is.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        return services;
    }

    /// <summary>Put first: nothing before it runs for a cached page.</summary>
    public static IApplicationBuilder UseHotPath(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<HotPathOptions>>().Value.Enabled ? app.UseMiddleware<HotPath>() : app;
}
