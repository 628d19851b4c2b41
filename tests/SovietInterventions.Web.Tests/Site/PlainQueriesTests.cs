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

    [Fact]
    public async Task A_text_escaped_for_like_begins_only_the_texts_that_begin_with_it_wildcards_and_all()
    {
        List<string> texts = ["50%_off\\ › a", "50%_off\\", "50%Xoff\\ › b", "50 _off\\ › c", "50%_off\\X › d", "50%_OFF\\ › e"];
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EncyclopediaDb>();

        var read = await db.ReadAsync(connection => connection.Rows("""
            SELECT "value" FROM json_each(@texts) WHERE "value" LIKE @prefix ESCAPE '\' ORDER BY "key"
            """, r => r.GetString(0), ("@texts", PlainQueries.Json(texts)), ("@prefix", PlainQueries.LikeEscaped("50%_off\\ › ") + "%")));

        // LIKE is SQLite's: ASCII letters match either case, as they did when EF Core wrote the pattern (StartsWith).
        Assert.Equal(["50%_off\\ › a", "50%_OFF\\ › e"], read);
        Assert.Equal("plain › text", PlainQueries.LikeEscaped("plain › text"));
    }

    [Fact]
    public async Task A_null_column_reads_as_null_and_a_value_as_itself()
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EncyclopediaDb>();

        var row = Assert.Single(await db.ReadAsync(connection => connection.Rows("SELECT NULL, 'text', NULL, 7",
            r => (r.StringOrNull(0), r.StringOrNull(1), r.Int32OrNull(2), r.Int32OrNull(3)))));

        Assert.Equal((null, "text", null, 7), row);
    }
}
