namespace SovietInterventions.Web.Tests.Pages.Actors;

[Collection(SiteCollection.Name)]
public sealed class ShowTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task An_actor_page_gives_type_aliases_description_and_episodes_with_role()
    {
        var page = await SiteAssert.OkAsync(client, "/actors/soviet-army");

        Assert.StartsWith("Soviet Army ·", page.Title);
        Assert.Equal(["Soviet Army"], page.H1s);
        Assert.Contains("Armed force", page.Text);
        Assert.Contains("Red Army", page.Text);
        Assert.Contains("The land forces of the Soviet Union.", page.Text);
        var episodes = page.Section("episodes");
        Assert.Contains("/episodes/mongolian-revolution-1921", episodes);
        Assert.Contains("/episodes/soviet-afghan-war", episodes);
        Assert.Contains("role: involved", episodes);
        SiteAssert.CanonicalIs(page, "http://localhost/actors/soviet-army");
    }

    [Fact]
    public async Task A_person_page_shows_the_role_in_each_episode()
    {
        var page = await SiteAssert.OkAsync(client, "/actors/imre-nagy");

        Assert.Contains("role: leader deposed", page.Section("episodes"));
    }

    [Fact]
    public async Task An_old_slug_answers_301_to_the_current_page() =>
        await SiteAssert.RedirectsPermanentlyAsync(site.CreateClientWithoutRedirects(), "/actors/red-army", "/actors/soviet-army");

    [Fact]
    public async Task An_unknown_actor_answers_404_with_the_helpful_page() =>
        await SiteAssert.NotFoundAsync(client, "/actors/nobody");

    [Fact]
    public async Task Every_link_on_an_actor_page_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, "/actors/soviet-army"));
}
