using SovietInterventions.Web.Downloads;

namespace SovietInterventions.Web.Tests.Downloads;

public sealed class CsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("plain", "plain")]
    public void Cells_are_quoted_and_formulas_neutralised(string value, string expected) => Assert.Equal(expected, Csv.Cell(value));
}

[Collection(SeedsCollection.Name)]
public sealed class DownloadEndpointsTests(SeedsFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Theory]
    [InlineData("/downloads/episodes.csv", "slug,title,kind,start,end,summary,url")]
    [InlineData("/downloads/episode-countries.csv", "episode,country,country_name,role")]
    [InlineData("/downloads/episode-actors.csv", "episode,actor,actor_name,actor_type,role")]
    [InlineData("/downloads/events.csv", "date,episode,text")]
    public async Task Each_csv_starts_with_its_header(string url, string header)
    {
        var text = await client.GetStringAsync(url);

        Assert.StartsWith(header + "\r\n", text);
        Assert.True(text.Split("\r\n").Length > 2);
    }

    [Fact]
    public async Task The_json_download_holds_every_episode()
    {
        var json = await client.GetStringAsync("/downloads/episodes.json");

        Assert.Contains("\"slug\": \"1956-hungary\"", json);
    }

    [Fact]
    public async Task The_database_file_is_a_sqlite_file()
    {
        var bytes = await client.GetByteArrayAsync("/downloads/encyclopedia.db");

        Assert.Equal("SQLite format 3\0", System.Text.Encoding.ASCII.GetString(bytes, 0, 16));
    }

    [Fact]
    public async Task The_downloads_page_names_the_sources_and_the_licence()
    {
        var page = await SiteAssert.OkAsync(client, "/downloads");

        Assert.Contains("CC BY-SA 4.0".Replace("CC BY-SA", "Creative Commons Attribution-ShareAlike"), page.Text);
        Assert.True(page.Section("licence").Split("<li>").Length > 2);
        await SiteAssert.LinksResolveAsync(client, page);
    }
}
