namespace SovietInterventions.Web.Tests.Pages.Countries;

[Collection(SiteCollection.Name)]
public sealed class IndexTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task The_countries_index_counts_the_episodes_of_each_country()
    {
        var page = await SiteAssert.OkAsync(client, "/countries");

        Assert.StartsWith("Countries ·", page.Title);
        Assert.Equal(["Countries"], page.H1s);
        Assert.Matches(@"<a href=""/countries/hungary"">Hungary</a>\s*</th>\s*<td>Europe</td>\s*<td class=""number"">2</td>\s*<td class=""number"">1</td>", page.Html);
        SiteAssert.CanonicalIs(page, "http://localhost/countries");
    }

    [Fact]
    public async Task Historical_states_are_grouped_apart_with_their_successors()
    {
        var page = await SiteAssert.OkAsync(client, "/countries");

        var historical = page.Html[page.Html.IndexOf("id=\"historical-heading\"", StringComparison.Ordinal)..];
        var present = page.Html[..page.Html.IndexOf("id=\"historical-heading\"", StringComparison.Ordinal)];
        Assert.Contains("/countries/czechoslovakia", historical);
        Assert.DoesNotContain("/countries/czechoslovakia", present);
        Assert.Contains("now Czech Republic, Slovakia", historical);
        Assert.Contains("/countries/slovakia", present);
    }

    [Fact]
    public async Task Every_link_on_the_countries_index_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, "/countries"));
}
