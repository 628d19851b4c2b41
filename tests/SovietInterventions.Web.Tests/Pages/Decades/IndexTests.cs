namespace SovietInterventions.Web.Tests.Pages.Decades;

[Collection(SiteCollection.Name)]
public sealed class IndexTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task The_decades_index_lists_every_decade_from_the_1910s_to_the_1990s_with_counts()
    {
        var page = await SiteAssert.OkAsync(client, "/decades");

        Assert.StartsWith("Decades ·", page.Title);
        var decades = page.InternalLinks.Where(l => l.StartsWith("/decades/", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(0, 9).Select(i => $"/decades/{1910 + i * 10}s"), decades);
        // The 1980s have one episode under way (the Afghan war, begun in 1979) and no context events.
        Assert.Matches(@"The 1980s</a></th>\s*<td class=""number"">1</td>\s*<td class=""number"">0</td>", page.Html);
        Assert.Matches(@"The 1920s</a></th>\s*<td class=""number"">1</td>\s*<td class=""number"">1</td>", page.Html);
        SiteAssert.CanonicalIs(page, "http://localhost/decades");
    }

    [Fact]
    public async Task Every_link_on_the_decades_index_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, "/decades"));
}
