using System.Net;
using System.Text.Json;

namespace SovietInterventions.Web.Tests.Api;

[Collection(SeedsCollection.Name)]
public sealed class EpisodeEndpointsTests(SeedsFactory site)
{
    readonly HttpClient client = site.CreateClient();

    async Task<JsonElement> JsonAsync(string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    static List<string> Slugs(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!)];

    static int Year(string? iso) => int.Parse(iso![..4]);

    [Fact]
    public async Task The_episode_list_has_total_paging_and_items_in_the_export_shape()
    {
        var page = await JsonAsync("/api/episodes?pageSize=2&page=1");

        Assert.True(page.GetProperty("total").GetInt32() > 2);
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(2, page.GetProperty("pageSize").GetInt32());
        var first = page.GetProperty("items")[0];
        Assert.False(string.IsNullOrEmpty(first.GetProperty("slug").GetString()));
        Assert.Matches(@"^\d{4}", first.GetProperty("startDate").GetString());
        Assert.Contains(first.GetProperty("countries")[0].GetProperty("role").GetString(), new[] { "target", "participant" });
    }

    [Fact]
    public async Task Country_hungary_gives_the_1945_and_1956_episodes()
    {
        var page = await JsonAsync("/api/episodes?country=hungary");

        Assert.Equal(["1945-hungary", "1956-hungary"], Slugs(page).Order());
        Assert.Equal(2, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Decade_1940s_gives_every_episode_overlapping_the_decade()
    {
        var all = await JsonAsync("/api/episodes?pageSize=1000");
        var expected = all.GetProperty("items").EnumerateArray()
            .Where(e => Year(e.GetProperty("startDate").GetString()) <= 1949
                && Year(e.GetProperty("endDate").GetString() ?? e.GetProperty("startDate").GetString()) >= 1940)
            .Select(e => e.GetProperty("slug").GetString()!).Order().ToList();

        var decade = await JsonAsync("/api/episodes?decade=1940s&pageSize=1000");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Slugs(decade).Order());
    }

    [Fact]
    public async Task A_page_size_over_1000_is_clamped_to_1000()
    {
        var page = await JsonAsync("/api/episodes?pageSize=5000");

        Assert.Equal(1000, page.GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("/api/episodes?page=0")]
    [InlineData("/api/episodes?pageSize=abc")]
    [InlineData("/api/episodes?page=99999999999999")]
    [InlineData("/api/episodes?decade=1950")]
    [InlineData("/api/episodes?kind=%3Cscript%3E")]
    [InlineData("/api/episodes?country=atlantis")]
    [InlineData("/api/search")]
    public async Task Bad_parameters_answer_400_problem_details(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_episode_is_a_404_problem()
    {
        var response = await client.GetAsync("/api/episodes/no-such-episode");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_episode_carries_its_passages_with_source_positions()
    {
        var episode = await JsonAsync("/api/episodes/1956-hungary");

        var passage = episode.GetProperty("passages")[0];
        Assert.True(passage.GetProperty("line").GetInt32() > 0);
        Assert.StartsWith("/sources/", passage.GetProperty("url").GetString());
        Assert.False(string.IsNullOrEmpty(passage.GetProperty("document").GetString()));
    }

    [Fact]
    public async Task Search_finds_cambodia_by_kampuchea()
    {
        var result = await JsonAsync("/api/search?q=Kampuchea");

        Assert.Contains("1978-cambodia", Slugs(result));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("(")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("a OR")]
    [InlineData("-")]
    [InlineData("\u0000")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("' OR 1=1 --")]
    [InlineData("\u202Eבודפשט")]
    public async Task Hostile_searches_answer_200_without_echoing_the_input(string q)
    {
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{q} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("<script>", body);
    }

    [Fact]
    public async Task A_ten_thousand_character_search_answers_200()
    {
        var response = await client.GetAsync("/api/search?q=" + new string('x', 10_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_episode_endpoints()
    {
        var document = await JsonAsync("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/episodes", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/episodes/{slug}", out _));
    }
}
