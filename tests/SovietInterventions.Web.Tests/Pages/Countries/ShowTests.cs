namespace SovietInterventions.Web.Tests.Pages.Countries;

[Collection(SiteCollection.Name)]
public sealed class ShowTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task A_country_page_lists_the_episodes_that_targeted_it_in_time_order()
    {
        var page = await SiteAssert.OkAsync(client, "/countries/hungary");

        Assert.StartsWith("Hungary ·", page.Title);
        Assert.Equal(["Hungary"], page.H1s);
        var episodes = page.Section("episodes");
        var takeover = episodes.IndexOf("Communist takeover of Hungary", StringComparison.Ordinal);
        var revolution = episodes.IndexOf("Soviet intervention in Hungary", StringComparison.Ordinal);
        Assert.True(takeover >= 0 && revolution > takeover, "1945 before 1956");
        Assert.DoesNotContain("Warsaw Pact", episodes);
        SiteAssert.CanonicalIs(page, "http://localhost/countries/hungary");
    }

    [Fact]
    public async Task A_country_page_lists_episodes_the_country_took_part_in_separately()
    {
        var page = await SiteAssert.OkAsync(client, "/countries/hungary");

        Assert.Contains("/episodes/invasion-of-czechoslovakia", page.Section("participant"));
    }

    [Fact]
    public async Task A_country_page_says_which_role_the_country_had_in_each_episode()
    {
        var mongolia = await SiteAssert.OkAsync(client, "/countries/mongolia");
        var hungary = await SiteAssert.OkAsync(client, "/countries/hungary");

        var supported = mongolia.Section("episodes");
        Assert.Contains("supported government", supported);
        Assert.Contains("/episodes/mongolian-revolution-1921", supported[supported.IndexOf("id=\"supported\"", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("id=\"target\"", supported);
        Assert.Contains("(target)", hungary.Section("episodes"));
        Assert.Contains("(participant)", hungary.Section("participant-heading"));
    }

    [Fact]
    public async Task Searching_by_a_supported_government_finds_its_episodes()
    {
        var page = await SiteAssert.OkAsync(client, "/search?country=mongolia");

        Assert.Contains("/episodes/mongolian-revolution-1921", page.InternalLinks);
    }

    [Fact]
    public async Task A_historical_state_links_its_successors_and_shows_its_aliases()
    {
        var page = await SiteAssert.OkAsync(client, "/countries/czechoslovakia");

        Assert.Contains("Historical state", page.Text);
        Assert.Contains("<a href=\"/countries/czech-republic\">Czech Republic</a>", page.Text);
        Assert.Contains("<a href=\"/countries/slovakia\">Slovakia</a>", page.Text);
        Assert.Contains("ČSSR", page.Text);
    }

    [Theory]
    [InlineData("/countries/czech-republic")]
    [InlineData("/countries/slovakia")]
    public async Task A_successor_links_back_to_the_historical_state(string url)
    {
        var page = await SiteAssert.OkAsync(client, url);

        Assert.Matches("Formerly part of.*<a href=\"/countries/czechoslovakia\">Czechoslovakia</a>", page.Text.ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task A_country_page_lists_the_actors_involved_in_its_episodes()
    {
        var page = await SiteAssert.OkAsync(client, "/countries/hungary");

        var actors = page.Section("actors");
        Assert.Contains("<a href=\"/actors/imre-nagy\">Imre Nagy</a>", actors);
        Assert.Contains("<a href=\"/actors/janos-kadar\">János Kádár</a>", actors);
        Assert.DoesNotContain("Dubček", actors);
    }

    [Fact]
    public async Task An_old_slug_answers_301_to_the_current_page() =>
        await SiteAssert.RedirectsPermanentlyAsync(site.CreateClientWithoutRedirects(),
            "/countries/czechoslovak-socialist-republic", "/countries/czechoslovakia");

    [Fact]
    public async Task An_old_slug_keeps_its_query_string_through_the_redirect() =>
        await SiteAssert.RedirectsPermanentlyAsync(site.CreateClientWithoutRedirects(),
            "/countries/czechoslovak-socialist-republic?decade=1960s", "/countries/czechoslovakia?decade=1960s");

    [Fact]
    public async Task An_unknown_country_answers_404_with_the_helpful_page() =>
        await SiteAssert.NotFoundAsync(client, "/countries/atlantis");

    [Fact]
    public async Task Every_link_on_a_country_page_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, "/countries/czechoslovakia"));
}
