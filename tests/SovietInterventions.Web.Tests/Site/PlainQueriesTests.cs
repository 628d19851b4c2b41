using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Tests.Site;

[Collection(SiteCollection.Name)]
public sealed class PlainQueriesTests(EncyclopediaFactory site)
{
    [Fact]
    public async Task A_list_of_texts_bound_as_one_parameter_comes_back_as_the_same_texts_quotes_and_all()
    {
        List<string> texts = ["O'Brien", "\"quoted\"", "Österreich", "a'); DROP TABLE \"Episodes\"; --"];
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EncyclopediaDb>();

        var read = await db.ReadAsync(connection => connection.Rows("""SELECT "value" FROM json_each(@texts) ORDER BY "key" """,
            r => r.GetString(0), ("@texts", PlainQueries.Json(texts))));

        Assert.Equal(texts, read);
        Assert.NotEmpty(await db.ReadAsync(connection => connection.Rows("""SELECT "Id" FROM "Episodes" """, r => r.GetInt32(0))));
    }

    [Fact]
    public async Task Reading_leaves_the_connection_as_it_found_it()
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EncyclopediaDb>();

        var before = db.Database.GetDbConnection().State;

        await db.ReadAsync(connection => connection.Rows("SELECT 1", r => r.GetInt32(0)));

        Assert.Equal(before, db.Database.GetDbConnection().State);
    }
}
