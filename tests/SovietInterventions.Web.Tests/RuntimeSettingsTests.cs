using System.Text.Json;

namespace SovietInterventions.Web.Tests;

/// <summary>The runtime settings the site's project writes into its runtimeconfig.json (SovietInterventions.Web.csproj).</summary>
public sealed class RuntimeSettingsTests
{
    static JsonElement Settings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "SovietInterventions.Web.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void The_thread_pool_adds_workers_only_when_its_queue_stalls_not_by_hill_climbing()
    {
        var settings = Settings();

        Assert.True(settings.GetProperty("System.Threading.ThreadPool.HillClimbing.Disable").GetBoolean());
        // No ceiling: a pool that may not grow past a number could queue requests behind blocked reads.
        Assert.False(settings.TryGetProperty("System.Threading.ThreadPool.MaxThreads", out _));
    }
}
