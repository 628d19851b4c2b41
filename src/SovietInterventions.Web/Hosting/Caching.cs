using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace SovietInterventions.Web.Hosting;

public static class Caching
{
    /// <summary>Output cache policy for database-backed answers: every query string is its own entry.</summary>
    public const string Policy = "database";

    /// <summary>Tag of every cached answer that depends on the database, evicted when a new import replaces it.</summary>
    public const string Tag = "database";

    public static IServiceCollection AddEncyclopediaCaching(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseVersion>();
        services.AddSingleton<DatabaseRefresh>();
        services.AddSingleton<DatabaseTables>();
        // The database only changes with a new import, which evicts the tag; the expiry just bounds memory use.
        services.AddHotPath();
        services.AddSqliteMemoryLimits();
        services.AddNativeMemoryTrim();
        // Behind the hot path this cache holds what the hot path does not keep (rate-limited search and API answers, an
        // edition's pages; HotPathKeeps): bounded too.
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<HotPathOptions>>((options, hot) =>
        {
            options.SizeLimit = hot.Value.OutputCacheSizeLimitMegabytes * 1024L * 1024L;
            options.MaximumBodySize = hot.Value.EntryLimitBytes;
            // Pages may answer differently by case ("1950S" is not a decade), so "/decades/1950S" must not find "/decades/1950s".
            options.UseCaseSensitivePaths = true;
        });
        services.AddOutputCache(options =>
            options.AddPolicy(Policy, policy => policy.SetVaryByQuery("*").Tag(Tag).Expire(TimeSpan.FromHours(1)).AddPolicy<HostVary>()
                // Not the pages the hot path keeps: a second copy of each, which crowded out the search answers.
                .AddPolicy<HotPathKeeps>()
                // No locking: requests waiting on the same URL are handed the first one's response even when it was too
                // large to keep, which they then sent empty (dotnet/aspnetcore#66877). Misses are bounded by the hot path.
                .SetLocking(false)
                // A request that began on the old database and ends after the eviction must not refill the cache for the new one.
                .VaryByValue(context => new KeyValuePair<string, string>("database",
                    context.RequestServices.GetRequiredService<DatabaseVersion>().Generation.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        services.AddResponseCompression(options =>
        {
            // The site has no secrets or per-user content to leak through compression (BREACH), so HTTPS is compressed too.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "text/csv", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
