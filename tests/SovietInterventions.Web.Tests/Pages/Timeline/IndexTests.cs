namespace SovietInterventions.Web.Tests.Pages.Timeline;

[Collection(SiteCollection.Name)]
public sealed class IndexTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task The_timeline_counts_each_decade_by_region_and_names_its_episodes_when_there_are_few()
    {
        var page = await SiteAssert.OkAsync(client, "/timeline");

        Assert.StartsWith("Timeline ·", page.Title);
        Assert.Equal(["Timeline"], page.H1s);
        foreach (var slug in new[] { "mongolian-revolution-1921", "communist-takeover-of-hungary", "hungarian-revolution-1956", "invasion-of-czechoslovakia", "soviet-afghan-war" })
            Assert.Contains($"/episodes/{slug}", page.InternalLinks);
        var fifties = HtmlPage.StripTags(page.Section("d1950s"));
        Assert.Contains("1 episode began", fifties);
        Assert.Contains("Europe (1)", fifties);
        Assert.Contains("/episodes/hungarian-revolution-1956", page.Section("d1950s"));
        Assert.Contains("1 context event", HtmlPage.StripTags(page.Section("d1920s")));
        SiteAssert.CanonicalIs(page, "http://localhost/timeline");
    }

    [Fact]
    public async Task Every_decade_appears_in_order_and_links_its_decade_page()
    {
        var page = await SiteAssert.OkAsync(client, "/timeline");

        var decades = page.Ids.Where(id => id.Length == 6 && id[0] == 'd' && id.EndsWith('s')).ToList();
        Assert.Equal(Enumerable.Range(0, 9).Select(i => $"d{1910 + i * 10}s"), decades);
        foreach (var decade in decades)
            Assert.Contains($"/decades/{decade[1..]}", page.InternalLinks);
    }

    [Fact]
    public async Task The_decade_pages_give_the_context_events_year_by_year_with_their_passages()
    {
        var twenties = await SiteAssert.OkAsync(client, "/decades/1920s");
        var thirties = await SiteAssert.OkAsync(client, "/decades/1930s");
        var fifties = await SiteAssert.OkAsync(client, "/decades/1950s");

        Assert.Contains("Treaty of Rapallo", twenties.Section("y1922"));
        Assert.Contains("Molotov–Ribbentrop Pact signed.", thirties.Section("y1939"));
        Assert.Contains("href=\"/sources/soviet-foreign-policy-notes#p7\"", twenties.Html);
        Assert.DoesNotContain("Soviet tanks enter Budapest", fifties.Text);
        await SiteAssert.AnchorsExistAsync(client, twenties);
    }

    [Fact]
    public async Task Years_appear_in_chronological_order_on_a_decade_page()
    {
        var page = await SiteAssert.OkAsync(client, "/decades/1920s");

        var years = page.Ids.Where(id => id.Length == 5 && id[0] == 'y').Select(id => int.Parse(id[1..])).ToList();
        Assert.Equal([1921, 1922], years);
    }

    [Fact]
    public async Task Every_link_on_the_timeline_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, "/timeline"));
}
