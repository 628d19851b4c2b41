using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Tests.Hosting;

[Collection(SiteCollection.Name)]
public sealed class SqliteMemoryTests(EncyclopediaFactory site)
{
    static async Task<long> CacheSizeAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EncyclopediaDb>();
        await db.Database.OpenConnectionAsync();
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Every_connection_the_site_opens_keeps_the_small_page_cache_also_when_the_pool_hands_it_out_again()
    {
        for (var i = 0; i < 3; i++)
            Assert.Equal(-SqliteMemoryLimits.CacheKilobytes, await CacheSizeAsync(site.Services));
    }
}
