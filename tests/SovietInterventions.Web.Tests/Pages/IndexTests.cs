namespace SovietInterventions.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class IndexTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task The_home_page_says_what_the_encyclopedia_is_and_counts_its_contents()
    {
        var page = await SiteAssert.OkAsync(client, "/");

        Assert.StartsWith("An encyclopedia of Soviet foreign interventions", page.Title);
        Assert.Equal(["Soviet foreign interventions, 1918–1991"], page.H1s);
        Assert.Contains("5 episodes", HtmlPage.StripTags(page.Text));
        Assert.Contains("4 target countries", HtmlPage.StripTags(page.Text));
        Assert.Contains("6 actors", HtmlPage.StripTags(page.Text));
        SiteAssert.CanonicalIs(page, "http://localhost/");
    }

    [Fact]
    public async Task The_home_page_lists_every_episode_under_the_decade_it_began_in_earliest_first()
    {
        var page = await SiteAssert.OkAsync(client, "/");

        var decades = new[] { "1920s", "1940s", "1950s", "1960s", "1970s" };
        var positions = decades.Select(d => page.Html.IndexOf($"id=\"decade-{d}\"", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Mongolian Revolution of 1921", page.Html[positions[0]..positions[1]]);
        Assert.Contains("Soviet–Afghan War", page.Html[positions[^1]..]);
        Assert.DoesNotContain("decade-1930s", page.Html);
    }

    [Fact]
    public async Task The_home_page_offers_search_and_entry_points_to_countries_decades_actors_and_the_timeline()
    {
        var page = await SiteAssert.OkAsync(client, "/");

        Assert.Contains("<form class=\"search-form\" action=\"/search\" method=\"get\"", page.Html);
        Assert.Contains("/countries", page.InternalLinks);
        Assert.Contains("/decades", page.InternalLinks);
        Assert.Contains("/actors", page.InternalLinks);
        Assert.Contains("/timeline", page.InternalLinks);
        Assert.Contains("/decades/1950s", page.InternalLinks);
    }

    [Fact]
    public async Task Every_link_on_the_home_page_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, "/"));
}
