using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Web.Tests.Hosting;

[Collection(SiteCollection.Name)]
public sealed class DatabaseOptionsTests(EncyclopediaFactory site)
{
    [Fact]
    public void The_database_options_are_built_once_for_the_process_without_thread_safety_checks()
    {
        using var one = site.Services.CreateScope();
        using var other = site.Services.CreateScope();
        var options = one.ServiceProvider.GetRequiredService<DbContextOptions<EncyclopediaDb>>();

        Assert.Same(options, other.ServiceProvider.GetRequiredService<DbContextOptions<EncyclopediaDb>>());
        Assert.False(options.FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled);
    }
}
