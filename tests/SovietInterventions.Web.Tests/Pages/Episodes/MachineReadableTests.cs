using System.Text.Json;
using System.Text.RegularExpressions;

namespace SovietInterventions.Web.Tests.Pages.Episodes;

[Collection(SeedsCollection.Name)]
public sealed class MachineReadableTests(SeedsFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task An_episode_page_links_to_its_json()
    {
        var page = await SiteAssert.OkAsync(client, "/episodes/1956-hungary");

        Assert.Contains("<link rel=\"alternate\" type=\"application/json\" href=\"/api/episodes/1956-hungary\">", page.Html);
    }

    [Fact]
    public async Task An_episode_page_carries_schema_org_event_data()
    {
        var page = await SiteAssert.OkAsync(client, "/episodes/1956-hungary");

        var json = Regex.Match(page.Html, @"<script type=""application/ld\+json"">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var data = JsonDocument.Parse(json).RootElement;
        Assert.Equal("Event", data.GetProperty("@type").GetString());
        Assert.StartsWith("1956", data.GetProperty("startDate").GetString());
        Assert.DoesNotContain("<", json);
    }
}
