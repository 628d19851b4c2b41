namespace SovietInterventions.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class IndexPicturesTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    static readonly string[] Episodes =
    [
        "mongolian-revolution-1921", "communist-takeover-of-hungary", "hungarian-revolution-1956",
        "invasion-of-czechoslovakia", "soviet-afghan-war",
    ];

    [Fact]
    public async Task The_home_timeline_links_every_episode_in_both_layouts_grouped_by_region()
    {
        var page = await SiteAssert.OkAsync(client, "/");

        foreach (var layout in new[] { "picture-wide", "picture-narrow" })
        {
            var timeline = PageSvg.One(page, "timeline", layout);
            Assert.Equal(Episodes.Select(s => $"/episodes/{s}").Order(), PageSvg.Links(timeline).Where(l => l.StartsWith("/episodes/")).Order());
        }
        Assert.Contains("Europe", page.Html);
        Assert.Contains("Rapallo", page.Html);
    }

    [Fact]
    public async Task The_home_page_shows_the_world_map_and_a_decade_chart_linking_every_decade()
    {
        var page = await SiteAssert.OkAsync(client, "/");

        Assert.Contains("/countries/hungary", PageSvg.Links(PageSvg.One(page, "world-map")));
        var chart = PageSvg.One(page, "decade-chart", layout: "");
        Assert.Equal(["/decades/1910s", "/decades/1920s", "/decades/1930s", "/decades/1940s", "/decades/1950s",
            "/decades/1960s", "/decades/1970s", "/decades/1980s", "/decades/1990s"], PageSvg.Links(chart));
    }
}
