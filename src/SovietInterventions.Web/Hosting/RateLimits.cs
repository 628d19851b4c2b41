namespace SovietInterventions.Web.Hosting;

/// <summary>
/// The "RateLimits" section: uncached requests per client IP per window, on pages, search and the API alike
/// (see UncachedWorkLimit). Generous by default, because a whole school class may browse from one address;
/// Enabled=false turns it off for benchmarks.
/// </summary>
public sealed class RateLimits
{
    public const string Section = "RateLimits";

    /// <summary>The name endpoints once asked for; every database-backed endpoint is now limited, so it changes nothing.</summary>
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
        services.AddSingleton(limits);
        services.AddSingleton<UncachedWorkLimit>();
        // Endpoints marked [EnableRateLimiting(RateLimits.Policy)] keep working; the limit itself is UncachedWorkLimit.
        return services.AddRateLimiter(options => options.AddPolicy(RateLimits.Policy,
            _ => System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("uncached-work-limit")));
    }
}
