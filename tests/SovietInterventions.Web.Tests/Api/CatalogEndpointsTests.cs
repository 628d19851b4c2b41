using System.Net;
using System.Text.Json;

namespace SovietInterventions.Web.Tests.Api;

[Collection(SeedsCollection.Name)]
public sealed class CatalogEndpointsTests(SeedsFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task Countries_are_listed_with_their_episode_counts()
    {
        var countries = JsonDocument.Parse(await client.GetStringAsync("/api/countries")).RootElement;

        var hungary = countries.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "hungary");
        Assert.Equal(2, hungary.GetProperty("episodes").GetInt32());
    }

    [Fact]
    public async Task A_country_lists_its_episodes_in_the_export_shape()
    {
        var hungary = JsonDocument.Parse(await client.GetStringAsync("/api/countries/hungary")).RootElement;

        Assert.Contains(hungary.GetProperty("episodes").EnumerateArray(), e => e.GetProperty("slug").GetString() == "1956-hungary");
    }

    [Fact]
    public async Task Actors_are_listed_and_each_has_a_detail()
    {
        var actors = JsonDocument.Parse(await client.GetStringAsync("/api/actors")).RootElement;
        var slug = actors[0].GetProperty("slug").GetString();

        var actor = await client.GetAsync($"/api/actors/{slug}");

        Assert.Equal(HttpStatusCode.OK, actor.StatusCode);
    }

    [Theory]
    [InlineData("/api/countries/atlantis")]
    [InlineData("/api/actors/nobody")]
    [InlineData("/api/nothing-here")]
    public async Task Unknown_things_are_404_problems(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
