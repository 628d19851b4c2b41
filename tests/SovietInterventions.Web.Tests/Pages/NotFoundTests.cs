namespace SovietInterventions.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class NotFoundTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task An_unknown_address_gets_the_404_page_with_a_search_box_and_ways_in()
    {
        var page = await SiteAssert.NotFoundAsync(client, "/no/such/page");

        Assert.StartsWith("Page not found ·", page.Title);
        Assert.Contains("<code>/no/such/page</code>", page.Html);
        Assert.Contains("/timeline", page.InternalLinks);
    }

    [Fact]
    public async Task The_404_page_suggests_episodes_resembling_the_requested_path()
    {
        var page = await SiteAssert.NotFoundAsync(client, "/afghan-war");

        Assert.Contains("Perhaps you were looking for", page.Text);
        Assert.Contains("/episodes/soviet-afghan-war", page.InternalLinks);
        Assert.DoesNotContain("/episodes/mongolian-revolution-1921", page.InternalLinks);
    }

    [Fact]
    public async Task The_404_page_escapes_the_requested_path()
    {
        var page = await SiteAssert.NotFoundAsync(client, "/%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        Assert.DoesNotContain("<script>", page.Html);
        Assert.Contains("&lt;script&gt;", page.Html);
    }

    [Fact]
    public async Task Every_link_on_the_404_page_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.NotFoundAsync(client, "/hungary"));
}
