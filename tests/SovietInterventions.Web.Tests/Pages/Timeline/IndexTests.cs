namespace SovietInterventions.Web.Tests.Pages.Timeline;

[Collection(SiteCollection.Name)]
public sealed class IndexTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task The_timeline_shows_every_episode_and_context_event_by_decade_and_year()
    {
        var page = await SiteAssert.OkAsync(client, "/timeline");

        Assert.StartsWith("Timeline ·", page.Title);
        Assert.Equal(["Timeline"], page.H1s);
        foreach (var slug in new[] { "mongolian-revolution-1921", "communist-takeover-of-hungary", "hungarian-revolution-1956", "invasion-of-czechoslovakia", "soviet-afghan-war" })
            Assert.Contains($"/episodes/{slug}", page.InternalLinks);
        Assert.Contains("Treaty of Rapallo", page.Section("y1922"));
        Assert.Contains("Molotov–Ribbentrop Pact signed.", page.Section("y1939"));
        Assert.DoesNotContain("Soviet tanks enter Budapest", page.Text);
        SiteAssert.CanonicalIs(page, "http://localhost/timeline");
    }

    [Fact]
    public async Task Decades_and_years_appear_in_chronological_order()
    {
        var page = await SiteAssert.OkAsync(client, "/timeline");

        var years = page.Ids.Where(id => id.Length == 5 && id[0] == 'y').Select(id => int.Parse(id[1..])).ToList();
        Assert.Equal([1921, 1922, 1939, 1945, 1956, 1968, 1979], years);
    }

    [Fact]
    public async Task Context_events_link_to_the_passage_they_come_from()
    {
        var page = await SiteAssert.OkAsync(client, "/timeline");

        Assert.Contains("href=\"/sources/soviet-foreign-policy-notes#p7\"", page.Html);
        await SiteAssert.AnchorsExistAsync(client, page);
    }

    [Fact]
    public async Task Every_link_on_the_timeline_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, "/timeline"));
}
