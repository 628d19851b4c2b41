using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// The "RateLimits" section: requests per client IP per window on search and the API. Generous by default,
/// because a whole school class may browse from one address; Enabled=false turns it off for benchmarks.
/// </summary>
public sealed class RateLimits
{
    public const string Section = "RateLimits";
    public const string Policy = "per-ip";

    public bool Enabled { get; set; } = true;
    public int PermitLimit { get; set; } = 600;
    public int WindowSeconds { get; set; } = 60;
}

public static class RateLimitSetup
{
    public static IServiceCollection AddEncyclopediaRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimits.Section).Get<RateLimits>() ?? new RateLimits();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancel) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(limits.WindowSeconds);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                // A body, so that the status code pages leave the 429 alone instead of showing "not found".
                await context.HttpContext.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = "Please wait before trying again; the Retry-After header says how many seconds.",
                }, options: null, contentType: "application/problem+json", cancel);
            };
            options.AddPolicy(RateLimits.Policy, context => limits.Enabled
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.PermitLimit,
                        Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                        QueueLimit = 0,
                    })
                : RateLimitPartition.GetNoLimiter("off"));
        });
    }
}
