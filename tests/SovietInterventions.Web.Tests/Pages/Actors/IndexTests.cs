namespace SovietInterventions.Web.Tests.Pages.Actors;

[Collection(SiteCollection.Name)]
public sealed class IndexTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task The_actors_index_groups_actors_by_type_with_counts()
    {
        var page = await SiteAssert.OkAsync(client, "/actors");

        Assert.StartsWith("Actors ·", page.Title);
        Assert.Equal(["Actors"], page.H1s);
        Assert.Contains("People <span class=\"count\">(3)</span>", page.Section("person-heading"));
        var people = page.Html[page.Html.IndexOf("id=\"person\"", StringComparison.Ordinal)..page.Html.IndexOf("id=\"armedforce\"", StringComparison.Ordinal)];
        Assert.Contains("/actors/imre-nagy", people);
        Assert.DoesNotContain("/actors/soviet-army", people);
        Assert.Matches(@"<a href=""/actors/soviet-army"">Soviet Army</a> <span class=""meta"">3 episodes</span>", page.Html);
        SiteAssert.CanonicalIs(page, "http://localhost/actors");
    }

    [Fact]
    public async Task Every_link_on_the_actors_index_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, "/actors"));
}
