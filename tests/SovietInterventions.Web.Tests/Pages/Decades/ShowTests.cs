namespace SovietInterventions.Web.Tests.Pages.Decades;

[Collection(SiteCollection.Name)]
public sealed class ShowTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task A_decade_page_lists_the_episodes_of_the_decade()
    {
        var page = await SiteAssert.OkAsync(client, "/decades/1950s");

        Assert.StartsWith("The 1950s ·", page.Title);
        Assert.Equal(["The 1950s"], page.H1s);
        Assert.Contains("/episodes/hungarian-revolution-1956", page.Section("episodes"));
        Assert.DoesNotContain("/episodes/invasion-of-czechoslovakia", page.Html);
        SiteAssert.CanonicalIs(page, "http://localhost/decades/1950s");
    }

    [Fact]
    public async Task A_decade_page_includes_episodes_begun_earlier_that_are_still_under_way()
    {
        var page = await SiteAssert.OkAsync(client, "/decades/1980s");

        Assert.Contains("/episodes/soviet-afghan-war", page.Section("episodes"));
    }

    [Fact]
    public async Task A_decade_page_links_the_decades_before_and_after()
    {
        var page = await SiteAssert.OkAsync(client, "/decades/1950s");

        Assert.Contains("/decades/1940s", page.InternalLinks);
        Assert.Contains("/decades/1960s", page.InternalLinks);
    }

    [Theory]
    [InlineData("1955s")]
    [InlineData("1950")]
    [InlineData("1950S")]
    [InlineData("19500s")]
    [InlineData("fifties")]
    [InlineData("2050s")]
    [InlineData("-1950s")]
    public async Task A_malformed_or_out_of_range_decade_answers_404(string decade) =>
        await SiteAssert.NotFoundAsync(client, $"/decades/{decade}");

    [Fact]
    public async Task Every_link_on_a_decade_page_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, "/decades/1920s"));
}
