using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Tests.Hosting;

[Collection(SiteCollection.Name)]
public sealed class DataProtectionAtStartTests(EncyclopediaFactory site)
{
    [Fact]
    public void The_site_starts_no_service_that_loads_data_protection_keys()
    {
        var started = site.Services.GetServices<IHostedService>().Select(s => s.GetType().Assembly).ToList();

        Assert.NotEmpty(started);
        Assert.DoesNotContain(typeof(IDataProtectionProvider).Assembly, started);
        Assert.DoesNotContain(typeof(DataProtectionOptions).Assembly, started);
    }

    [Fact]
    public void Only_the_key_ring_loader_is_removed_and_data_protection_still_works_if_asked()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDataProtection();
        services.AddHostedService<NothingToDo>();
        services.WithoutKeyRingAtStart();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<NothingToDo>(Assert.Single(provider.GetServices<IHostedService>()));
        Assert.NotNull(provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test"));
    }

    sealed class NothingToDo : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
    }
}
