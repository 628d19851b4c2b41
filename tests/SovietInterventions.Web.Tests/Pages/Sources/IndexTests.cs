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
    public async Task A_credited_source_has_a_compact_credit_line_and_an_uncredited_one_none()
    {
        var page = await SiteAssert.OkAsync(client, "/sources");

        Assert.Contains("<span class=\"meta credit\">Wikipedia contributors · CC BY-SA 4.0</span>", page.Text);
        Assert.Equal(1, page.Text.Split("meta credit").Length - 1);
    }

    [Fact]
    public async Task Every_link_on_the_sources_index_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, "/sources"));
}
