namespace SovietInterventions.Web.Tests.Pages.Sources;

[Collection(SiteCollection.Name)]
public sealed class ShowTests(EncyclopediaFactory site)
{
    const string Article = "/sources/soviet-involvement-in-regime-change";
    const string Notes = "/sources/soviet-foreign-policy-notes";
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task A_source_page_gives_every_passage_an_anchor_by_position()
    {
        var page = await SiteAssert.OkAsync(client, Article);

        Assert.Equal(["Soviet involvement in regime change"], page.H1s);
        Assert.StartsWith("Soviet involvement in regime change ·", page.Title);
        for (var position = 1; position <= 13; position++) Assert.Contains($"p{position}", page.Ids);
        SiteAssert.CanonicalIs(page, "http://localhost" + Article);
    }

    [Fact]
    public async Task A_source_page_renders_headings_paragraphs_and_captions()
    {
        var page = await SiteAssert.OkAsync(client, Article);

        Assert.Contains("<h2 id=\"p3\">1921–1940: Interwar period</h2>", page.Text);
        Assert.Matches("<h3 (?=[^>]*class=\"in-episode\")[^>]*id=\"p4\"[^>]*>1921–1924: Mongolia", page.Text);
        Assert.Contains("<p id=\"p2\">Soviet involvement in regime change entailed", page.Text);
        Assert.Matches("<p id=\"p9\" class=\"caption in-episode\">.*Soviet tanks in Budapest.", page.Text);
    }

    [Fact]
    public async Task Passages_of_an_episode_link_to_the_episode()
    {
        var page = await SiteAssert.OkAsync(client, Article);

        Assert.Matches("id=\"p7\"[^>]*>1956: Hungary <a class=\"episode-link\" href=\"/episodes/hungarian-revolution-1956\">", page.Text);
        Assert.Contains("/episodes/soviet-afghan-war", page.InternalLinks);
    }

    [Fact]
    public async Task A_source_page_credits_its_author_link_and_licence()
    {
        var page = await SiteAssert.OkAsync(client, Article);

        Assert.Matches("class=\"meta attribution\">.*“Soviet involvement in regime change” by Wikipedia contributors", page.Text.Replace("\n", " "));
        Assert.Contains("<a href=\"https://en.wikipedia.org/wiki/Soviet_involvement_in_regime_change\" rel=\"external noopener nofollow\">", page.Text);
        Assert.Contains("licensed under CC BY-SA 4.0", page.Text);
    }

    [Fact]
    public async Task A_source_without_attribution_shows_none()
    {
        var page = await SiteAssert.OkAsync(client, Notes);

        Assert.DoesNotContain("attribution", page.Text);
    }

    [Theory]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("example.org/page", null)]
    [InlineData("https://example.org/page", "https://example.org/page")]
    public void Only_an_absolute_http_address_becomes_a_link(string url, string? expected)
    {
        Assert.Equal(expected, new SovietInterventions.Web.Pages.Sources.SourceCredit(null, url, null, null).SafeUrl);
    }

    [Fact]
    public async Task List_items_nest_by_depth()
    {
        var page = await SiteAssert.OkAsync(client, Notes);

        Assert.Matches(@"<li id=""p3"">\s*Trotsky's idea[^<]*<ul>\s*<li id=""p4"">\s*PLUS", page.Text);
    }

    [Fact]
    public async Task Headings_never_skip_a_level_even_when_the_source_does()
    {
        var page = await SiteAssert.OkAsync(client, Notes);

        Assert.Contains("<h3 id=\"p6\">Socialism in one country</h3>", page.Text);
        Assert.Equal([1, 2, 3], page.HeadingLevels);
    }

    [Fact]
    public async Task A_former_document_name_answers_301_to_the_current_page() =>
        await SiteAssert.RedirectsPermanentlyAsync(site.CreateClientWithoutRedirects(), "/sources/regime-change", Article);

    [Theory]
    [InlineData("/sources/no-such-document")]
    [InlineData("/sources/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/sources/soviet-foreign-policy-notes.md")]
    public async Task An_unknown_document_answers_404_with_the_helpful_page(string url) =>
        await SiteAssert.NotFoundAsync(client, url);

    [Fact]
    public async Task Every_link_on_a_source_page_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, Article));
}
