using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace SovietInterventions.Web.Tests.Hosting;

/// <summary>The output cache as the site has it, with every key it stores noted.</summary>
public sealed class NotedOutputCache(IOutputCacheStore inner) : IOutputCacheStore
{
    public ConcurrentBag<string> Stored { get; } = [];

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        Stored.Add(key);
        return inner.SetAsync(key, value, tags, validFor, cancellationToken);
    }
}

public abstract class NotedOutputCacheFactory : DatabaseFolderFactory
{
    readonly bool hotPath;

    protected NotedOutputCacheFactory(string name, bool hotPath) : base(name)
    {
        this.hotPath = hotPath;
        SampleData.CreateDatabase(DatabasePath);
    }

    public NotedOutputCache Cache => Services.GetRequiredService<NotedOutputCache>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("HotPath:Enabled", hotPath ? "true" : "false");
        builder.ConfigureServices(services =>
        {
            var store = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            services.Remove(store);
            services.AddSingleton(provider => new NotedOutputCache(store.ImplementationFactory is { } make
                ? (IOutputCacheStore)make(provider)
                : (IOutputCacheStore)(store.ImplementationInstance ?? ActivatorUtilities.CreateInstance(provider, store.ImplementationType!))));
            services.AddSingleton<IOutputCacheStore>(provider => provider.GetRequiredService<NotedOutputCache>());
        });
    }
}

public sealed class HotPathOnFactory() : NotedOutputCacheFactory("output-cache-hot-path", hotPath: true);

public sealed class HotPathOffFactory() : NotedOutputCacheFactory("output-cache-no-hot-path", hotPath: false);

public sealed class OutputCacheBehindHotPathTests(HotPathOnFactory site) : IClassFixture<HotPathOnFactory>
{
    [Fact]
    public async Task A_page_the_hot_path_keeps_is_not_stored_again_in_the_output_cache_but_a_search_is()
    {
        var client = site.CreateClient();
        foreach (var path in new[] { "/episodes/hungarian-revolution-1956", "/countries", "/search?q=hungary" })
            for (var i = 0; i < 2; i++)
                Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);

        var stored = site.Cache.Stored.ToArray();
        Assert.DoesNotContain(stored, key => key.Contains("/episodes/", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(stored, key => key.Contains("/countries", StringComparison.OrdinalIgnoreCase));
        Assert.Single(stored, key => key.Contains("/search", StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class OutputCacheWithoutHotPathTests(HotPathOffFactory site) : IClassFixture<HotPathOffFactory>
{
    [Fact]
    public async Task Without_the_hot_path_the_output_cache_keeps_pages_as_before()
    {
        var client = site.CreateClient();
        for (var i = 0; i < 2; i++)
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/episodes/hungarian-revolution-1956")).StatusCode);

        Assert.Single(site.Cache.Stored, key => key.Contains("/episodes/hungarian-revolution-1956", StringComparison.OrdinalIgnoreCase));
    }
}
