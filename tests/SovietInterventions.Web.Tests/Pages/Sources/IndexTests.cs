namespace SovietInterventions.Web.Tests.Pages.Sources;

[Collection(SiteCollection.Name)]
public sealed class IndexTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task The_sources_index_lists_each_document_with_its_passages_and_episodes()
    {
        var page = await SiteAssert.OkAsync(client, "/sources");

        Assert.StartsWith("Sources ·", page.Title);
        Assert.Contains("<a href=\"/sources/soviet-involvement-in-regime-change\">Soviet involvement in regime change</a>", page.Html);
        Assert.Contains("13 passages · 4 episodes", page.Text);
        Assert.Contains("/sources/soviet-foreign-policy-notes", page.InternalLinks);
        SiteAssert.CanonicalIs(page, "http://localhost/sources");
    }

    [Fact]
    public async Task Every_link_on_the_sources_index_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, "/sources"));
}
