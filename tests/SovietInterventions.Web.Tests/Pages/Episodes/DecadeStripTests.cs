namespace SovietInterventions.Web.Tests.Pages.Episodes;

[Collection(SiteCollection.Name)]
public sealed class DecadeStripTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task An_episode_page_places_the_episode_among_its_decade_and_marks_it_current()
    {
        var strip = PageSvg.One(await SiteAssert.OkAsync(client, "/episodes/soviet-afghan-war"), "timeline-strip", layout: "");

        var current = strip.Descendants().Where(e => (string?)e.Attribute("aria-current") == "page").ToList();
        Assert.Equal(["/episodes/soviet-afghan-war"], current.Select(a => (string)a.Attribute("href")!));
    }

    [Fact]
    public async Task The_strip_holds_the_other_episodes_under_way_in_the_decade()
    {
        var strip = PageSvg.One(await SiteAssert.OkAsync(client, "/episodes/hungarian-revolution-1956"), "timeline-strip", layout: "");

        Assert.Equal(["/episodes/hungarian-revolution-1956"], PageSvg.Links(strip));
        var forties = PageSvg.One(await SiteAssert.OkAsync(client, "/episodes/communist-takeover-of-hungary"), "timeline-strip", layout: "");
        Assert.Equal(["/episodes/communist-takeover-of-hungary"], PageSvg.Links(forties));
    }
}
