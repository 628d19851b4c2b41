using System.Net;
using System.Xml.Linq;
using SovietInterventions.Web.Tests.Pictures;

namespace SovietInterventions.Web.Tests.Pages.Map;

[Collection(SiteCollection.Name)]
public sealed class IndexTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    static Dictionary<string, XElement> LinksByHref(XElement map) =>
        map.All("a").Where(a => ((string?)a.Attribute("class"))?.Contains("map-country-link") == true)
            .GroupBy(a => (string)a.Attribute("href")!)
            .ToDictionary(g => g.Key, g => g.First());

    static int ShadeOf(XElement link) =>
        int.Parse(link.Descendants().Select(e => (string?)e.Attribute("class")).OfType<string>()
            .SelectMany(c => c.Split(' ')).Single(c => c.StartsWith("map-shade-", StringComparison.Ordinal))["map-shade-".Length..]);

    [Fact]
    public async Task The_map_links_every_target_country_and_draws_historical_states_on_their_successors()
    {
        var page = await SiteAssert.OkAsync(client, "/map");
        var map = PageSvg.One(page, "world-map");

        var links = PageSvg.Links(map);
        Assert.Contains("/countries/mongolia", links);
        Assert.Contains("/countries/hungary", links);
        Assert.Contains("/countries/afghanistan", links);
        // Czechoslovakia has no shape of its own: the Czech Republic and Slovakia both carry its episode and its link.
        Assert.Equal(2, links.Count(l => l == "/countries/czechoslovakia"));
        Assert.DoesNotContain("/countries/czech-republic", links);
        Assert.Contains("Czechoslovakia", page.Section("map-notes-heading") + page.Text);
        ParsedSvg.AssertNoInlineStylesOrScripts(map);
    }

    [Fact]
    public async Task A_country_with_more_episodes_is_shaded_darker()
    {
        var map = PageSvg.One(await SiteAssert.OkAsync(client, "/map"), "world-map");
        var links = LinksByHref(map);

        Assert.True(ShadeOf(links["/countries/hungary"]) > ShadeOf(links["/countries/mongolia"]), "Hungary (2) darker than Mongolia (1)");
        Assert.Contains("Hungary — 2 episodes", links["/countries/hungary"].TitleText());
    }

    [Fact]
    public async Task A_decade_redraws_the_map_with_the_episodes_under_way_in_it()
    {
        var page = await SiteAssert.OkAsync(client, "/map?decade=1960s");
        var links = PageSvg.Links(PageSvg.One(page, "world-map"));

        Assert.Equal(["/countries/czechoslovakia", "/countries/czechoslovakia"], links);
        Assert.Contains("<a href=\"/map?decade=1960s\" aria-current=\"page\">", page.Html);

        var fifties = LinksByHref(PageSvg.One(await SiteAssert.OkAsync(client, "/map?decade=1950s"), "world-map"));
        Assert.Equal(["/countries/hungary"], fifties.Keys);
        Assert.Contains("Hungary — 1 episode", fifties["/countries/hungary"].TitleText());
    }

    [Theory]
    [InlineData("/map")]
    [InlineData("/")]
    public async Task A_page_draws_the_world_map_once_because_its_outlines_are_most_of_the_page(string path) =>
        Assert.Single(PageSvg.All(await SiteAssert.OkAsync(client, path), "world-map"));

    [Fact]
    public async Task The_map_offers_every_decade_as_a_plain_link()
    {
        var page = await SiteAssert.OkAsync(client, "/map");

        Assert.Contains("/map", page.InternalLinks);
        foreach (var decade in new[] { "1910s", "1920s", "1950s", "1990s" })
            Assert.Contains($"/map?decade={decade}", page.InternalLinks);
    }

    [Theory]
    [InlineData("/map?decade=banana")]
    [InlineData("/map?decade=1955")]
    [InlineData("/map?decade=1890s")]
    public async Task A_decade_that_is_not_one_answers_404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);

    [Fact]
    public async Task Every_link_on_the_map_page_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, "/map"));
}
