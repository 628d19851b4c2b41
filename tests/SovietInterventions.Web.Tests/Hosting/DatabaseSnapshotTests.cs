using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Web.Tests.Hosting;

/// <summary>A response's ETag and its body come from the same database file, even in the second after a new import lands.</summary>
public sealed class DatabaseSnapshotTests : IDisposable
{
    readonly EncyclopediaFactory site = new();

    // A site that does not look at the file again during the test, however slow the machine: the window after a swap, held open.
    WebApplicationFactory<Program> Unrefreshed => unrefreshed ??= site.WithWebHostBuilder(b => b.UseSetting("Encyclopedia:RefreshCheckSeconds", "3600"));
    WebApplicationFactory<Program>? unrefreshed;

    // W/"<database>-<url>": the part naming the database.
    static string DatabasePart(HttpResponseMessage response) => response.Headers.ETag!.Tag.Trim('"').Split('-')[0];

    /// <summary>The next import, made before the test's first request so that moving it in takes no time.</summary>
    string PrepareNextImport()
    {
        var next = Path.Combine(Path.GetDirectoryName(site.DatabasePath)!, "next.db");
        SampleData.CreateDatabase(next);
        using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(next, readOnly: false));
        db.ImportInfo.ExecuteUpdate(s => s.SetProperty(i => i.ImportedAt, DateTimeOffset.Parse("2030-01-01T00:00:00Z")));
        db.Episodes.Where(e => e.Slug == "hungarian-revolution-1956").ExecuteUpdate(s => s.SetProperty(e => e.Title, "Renamed uprising"));
        return next;
    }

    void MoveIn(string next)
    {
        // As the importer does: the new file moved over the old one.
        File.Move(next, site.DatabasePath, overwrite: true);
        // Idle pooled connections still read the old file; from now on new ones read the new file.
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_page_read_from_a_newly_moved_file_carries_that_files_etag_before_the_site_has_looked_at_the_file()
    {
        var next = PrepareNextImport();
        using var client = Unrefreshed.CreateClient();
        var before = await client.GetAsync("/decades/1950s");
        Assert.DoesNotContain("Renamed uprising", await before.Content.ReadAsStringAsync());

        MoveIn(next);
        // Within the second in which the site does not look at the file again, for a URL not kept yet.
        var after = await client.GetAsync("/decades/1950s?kind=invasion");

        Assert.Contains("Renamed uprising", await after.Content.ReadAsStringAsync());
        Assert.NotEqual(DatabasePart(before), DatabasePart(after));
    }

    [Fact]
    public async Task A_client_holding_the_old_files_etag_gets_the_new_page_not_a_304()
    {
        var next = PrepareNextImport();
        using var client = Unrefreshed.CreateClient();
        var before = await client.GetAsync("/decades/1950s");
        const string Url = "/decades/1950s?kind=invasion";
        var urlPart = SovietInterventions.Web.Hosting.StableHash.Hex(Url);

        MoveIn(next);
        var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.IfNoneMatch.ParseAdd($"W/\"{DatabasePart(before)}-{urlPart}\"");
        var after = await client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Renamed uprising", await after.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        unrefreshed?.Dispose();
        site.Dispose();
    }
}
