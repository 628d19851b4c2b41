using Microsoft.Data.Sqlite;

namespace SovietInterventions.Web.Tests.Pages.Episodes;

/// <summary>
/// An edition is a frozen copy of an older database: one written by an older release lacks the tables added since
/// (the arranged narrative and folded events, the passages shared with other episodes), and its episode pages still show
/// its lead, passages and events as they were stored.
/// </summary>
public sealed class OlderDatabaseTests
{
    const string Hungary = "/episodes/hungarian-revolution-1956";

    /// <summary>The site over the sample database without the named tables.</summary>
    sealed class OlderSite : DatabaseFolderFactory
    {
        public OlderSite(params string[] missing) : base("older")
        {
            SampleData.CreateDatabase(DatabasePath);
            using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = string.Concat(missing.Select(table => $"DROP TABLE \"{table}\";"));
            drop.ExecuteNonQuery();
        }
    }

    [Fact]
    public async Task An_episode_page_of_a_database_without_arranged_narratives_shows_its_passages_and_events()
    {
        using var site = new OlderSite("NarrativeEntries", "EventSources");
        var page = await SiteAssert.OkAsync(site.CreateClient(), Hungary);

        Assert.Contains("Soviet tanks entered Budapest; the last fighting ended", page.Section("narrative"));
        Assert.Contains("datetime=\"1956-11-04\"", page.Section("events"));
    }

    [Theory]
    [InlineData("SharedPassages")]
    [InlineData("SharedPassages NarrativeEntries EventSources")]
    public async Task An_episode_page_of_a_database_without_shared_passages_opens_with_its_lead(string missing)
    {
        using var site = new OlderSite(missing.Split(' '));
        var page = await SiteAssert.OkAsync(site.CreateClient(), Hungary);

        var lead = page.Text[page.Text.IndexOf("class=\"lead\"", StringComparison.Ordinal)..page.Text.IndexOf("id=\"infobox\"", StringComparison.Ordinal)];
        Assert.Contains("On 4 November 1956 Soviet tanks entered Budapest.", lead);
        Assert.Contains("href=\"/sources/", page.Section("sources"));
    }
}
