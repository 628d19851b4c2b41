using System.Collections.Concurrent;
using System.Globalization;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// A fixed window per client address on the work the output cache did not save: every page, search, API answer
/// and 404 that reaches its handler counts, a cached answer does not (this runs after the output cache). Over the
/// limit: 429 with Retry-After saying when the client's window reopens. Settings: the "RateLimits" section.
/// </summary>
public sealed class UncachedWorkLimit(RateLimits limits, TimeProvider clock)
{
    sealed class Window(long start)
    {
        public long Start = start;
        public int Count;
    }

    const int PruneAbove = 10_000;
    readonly ConcurrentDictionary<string, Window> windows = new();

    /// <summary>Null when the request may go on, else the seconds until this client's window reopens.</summary>
    public int? SecondsToWait(string client)
    {
        if (!limits.Enabled) return null;
        var now = clock.GetTimestamp();
        var length = (long)(limits.WindowSeconds * (double)clock.TimestampFrequency);
        if (windows.Count > PruneAbove) Prune(now, length);
        var window = windows.GetOrAdd(client, _ => new Window(now));
        lock (window)
        {
            if (now - window.Start >= length)
            {
                window.Start = now;
                window.Count = 0;
            }
            if (++window.Count <= limits.PermitLimit) return null;
            var left = (window.Start + length - now) / (double)clock.TimestampFrequency;
            return Math.Max(1, (int)Math.Ceiling(left));
        }
    }

    // Addresses seen once must not pile up: drop every window that has ended.
    void Prune(long now, long length)
    {
        foreach (var (client, window) in windows)
            if (now - window.Start >= length) windows.TryRemove(client, out _);
    }
}

public static class UncachedWorkLimitExtensions
{
    public static IApplicationBuilder UseUncachedWorkLimit(this IApplicationBuilder app)
    {
        var limit = app.ApplicationServices.GetRequiredService<UncachedWorkLimit>();
        return app.Use(async (context, next) =>
        {
            // Static files and the health check cost nothing worth limiting; everything database-backed does.
            var endpoint = context.GetEndpoint();
            // A 404's re-run for the not-found page was counted as the request it answers.
            var counted = (endpoint is null || endpoint.Metadata.GetMetadata<DatabaseVersioned>() is not null)
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null;
            if (!counted || limit.SecondsToWait(context.Connection.RemoteIpAddress?.ToString() ?? "unknown") is not { } wait)
            {
                await next(context);
                return;
            }
            var response = context.Response;
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            response.Headers.CacheControl = "no-store";
            // A body, so that the status code pages leave the 429 alone.
            await response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Please wait {wait} seconds before trying again (the Retry-After header says the same).",
            }, options: null, contentType: "application/problem+json");
        });
    }
}
