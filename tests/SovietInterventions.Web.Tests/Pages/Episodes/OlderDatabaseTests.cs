using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace SovietInterventions.Web.Tests.Pages.Episodes;

/// <summary>
/// An edition is a frozen copy of an older database: one written before the import arranged the narrative and folded the
/// events lacks their tables, and its episode pages still show its passages and events as they were stored.
/// </summary>
public sealed class OlderDatabaseTests : WebApplicationFactory<Program>
{
    readonly string folder = Directory.CreateTempSubdirectory("encyclopedia-older-").FullName;

    string DatabasePath => Path.Combine(folder, "encyclopedia.db");

    public OlderDatabaseTests()
    {
        SampleData.CreateDatabase(DatabasePath);
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var drop = connection.CreateCommand();
        drop.CommandText = "DROP TABLE NarrativeEntries; DROP TABLE EventSources;";
        drop.ExecuteNonQuery();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Encyclopedia:DatabasePath", DatabasePath);
        builder.UseSetting("Encyclopedia:SeedsPath", "");
        builder.UseSetting("Encyclopedia:PublicBaseUrl", "http://localhost");
    }

    [Fact]
    public async Task An_episode_page_of_a_database_without_arranged_narratives_shows_its_passages_and_events()
    {
        var page = await SiteAssert.OkAsync(CreateClient(), "/episodes/hungarian-revolution-1956");

        Assert.Contains("Soviet tanks entered Budapest; the last fighting ended", page.Section("narrative"));
        Assert.Contains("datetime=\"1956-11-04\"", page.Section("events"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
