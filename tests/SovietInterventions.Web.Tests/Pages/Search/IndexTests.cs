using System.Net;
using System.Text.RegularExpressions;

namespace SovietInterventions.Web.Tests.Pages.Search;

[Collection(SeedsCollection.Name)]
public sealed partial class IndexTests(SeedsFactory site)
{
    readonly HttpClient client = site.CreateClient();

    static IReadOnlyList<string> ResultSlugs(HtmlPage page) =>
        [.. ResultLink().Matches(page.Section("results")).Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task Country_hungary_gives_the_1945_and_1956_episodes()
    {
        var page = await SiteAssert.OkAsync(client, "/search?country=hungary");

        Assert.Equal(["1945-hungary", "1956-hungary"], ResultSlugs(page).Order());
    }

    [Fact]
    public async Task A_page_number_past_the_last_page_shows_the_last_page()
    {
        var first = await SiteAssert.OkAsync(client, "/search?decade=1940s");
        var past = await SiteAssert.OkAsync(client, "/search?decade=1940s&page=99");

        Assert.NotEmpty(ResultSlugs(first));
        Assert.Equal(ResultSlugs(first), ResultSlugs(past));
        Assert.DoesNotContain("rel=\"next\"", past.Html);
    }

    [Fact]
    public async Task Kampuchea_finds_cambodia_through_the_country_aliases()
    {
        var page = await SiteAssert.OkAsync(client, "/search?q=Kampuchea");

        Assert.Contains("1978-cambodia", ResultSlugs(page));
    }

    [Fact]
    public async Task Tito_finds_yugoslavia_1948()
    {
        var page = await SiteAssert.OkAsync(client, "/search?q=Tito");

        Assert.Contains("1948-yugoslavia", ResultSlugs(page));
    }

    [Fact]
    public async Task Matches_are_highlighted_in_the_snippet()
    {
        var page = await SiteAssert.OkAsync(client, "/search?q=Budapest");

        Assert.Matches("<mark>Budapest</mark>", page.Html);
    }

    [Theory]
    [InlineData("/search?q=Budapest&country=hungary&decade=1950s")] // one episode left: looked up by rowid
    [InlineData("/search?q=Budapest&decade=1950s")] // several left: one pass over the match, filtered by id
    public async Task Matches_are_highlighted_when_the_filters_run_first(string url)
    {
        // Filters that leave few episodes run first; FTS5 ranks and cuts snippets for those alone, in one statement.
        var page = await SiteAssert.OkAsync(client, url);

        Assert.Equal(["1956-hungary"], ResultSlugs(page));
        Assert.Matches("<mark>Budapest</mark>", page.Html);
    }

    [Fact]
    public async Task Kind_facet_counts_add_up_to_the_number_of_results()
    {
        var page = await SiteAssert.OkAsync(client, "/search?decade=1940s");

        var total = ResultSlugs(page).Count;
        var counts = FacetCount().Matches(page.Section("facet-kind")).Select(m => int.Parse(m.Groups[1].Value));
        Assert.True(total > 0);
        Assert.Equal(total, counts.Sum());
    }

    [Fact]
    public async Task Each_country_facet_count_is_the_number_of_results_its_link_gives()
    {
        var page = await SiteAssert.OkAsync(client, "/search?decade=1940s");

        var facets = FacetLink().Matches(page.Section("facet-country")).Take(4).ToList();
        Assert.NotEmpty(facets);
        foreach (var facet in facets)
        {
            var narrowed = await SiteAssert.OkAsync(client, WebUtility.HtmlDecode(facet.Groups[1].Value));
            Assert.Equal(int.Parse(facet.Groups[2].Value), ResultSlugs(narrowed).Count);
        }
    }

    [Fact]
    public async Task Decades_are_listed_in_date_order()
    {
        var page = await SiteAssert.OkAsync(client, "/search?q=Soviet");

        var decades = DecadeLabel().Matches(page.Section("facet-decade")).Select(m => m.Value).ToList();
        Assert.True(decades.Count > 1);
        Assert.Equal(decades.Order(StringComparer.Ordinal), decades);
    }

    [Fact]
    public async Task An_empty_result_suggests_dropping_a_filter_and_a_near_spelling()
    {
        var page = await SiteAssert.OkAsync(client, "/search?q=Hungery&kind=coup");

        var suggestions = page.Section("suggestions");
        Assert.Contains("without the kind filter", suggestions);
        Assert.Contains("Hungary", suggestions);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("(")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("a OR")]
    [InlineData("-")]
    [InlineData("\u0000")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("' OR 1=1 --")]
    [InlineData("\u202Eבודפשט مرحبا")]
    [InlineData("title:tanks")]
    [InlineData("\"unbalanced AND (")]
    public async Task Hostile_queries_give_a_normal_page_and_never_appear_unescaped(string q)
    {
        var page = await SiteAssert.OkAsync(client, "/search?q=" + Uri.EscapeDataString(q));

        Assert.DoesNotContain("<script>alert", page.Html);
        if (q.Length > 1 && (q.Contains('<') || q.Contains('"') || q.Contains('\''))) Assert.DoesNotContain(q, page.Html);
    }

    [Fact]
    public async Task A_ten_thousand_character_query_gives_a_normal_page()
    {
        var response = await client.GetAsync("/search?q=" + new string('a', 5000) + "%20" + new string('(', 5000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_query_of_punctuation_only_explains_that_nothing_was_searchable()
    {
        var page = await SiteAssert.OkAsync(client, "/search?q=%22%28%29*");

        Assert.Contains("no letters or digits", page.Text);
    }

    [GeneratedRegex(@"<h3><a href=""/episodes/([^""]+)""")]
    private static partial Regex ResultLink();

    [GeneratedRegex(@"class=""count"">(\d+)<")]
    private static partial Regex FacetCount();

    [GeneratedRegex(@"<a href=""([^""]+)"">[^<]+</a> <span class=""count"">(\d+)</span>")]
    private static partial Regex FacetLink();

    [GeneratedRegex(@"\b1[89]\d0s\b")]
    private static partial Regex DecadeLabel();
}

[Collection(SeedsCollection.Name)]
public sealed class BrowsingFilterTests(SeedsFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task A_country_page_filtered_by_decade_lists_only_that_decade()
    {
        var page = await SiteAssert.OkAsync(client, "/countries/hungary?decade=1950s");

        Assert.Contains("/episodes/1956-hungary", page.Section("episodes"));
        Assert.DoesNotContain("/episodes/1945-hungary", page.Section("episodes"));
    }

    [Fact]
    public async Task A_decade_page_filtered_by_country_lists_only_that_country()
    {
        var page = await SiteAssert.OkAsync(client, "/decades/1950s?country=hungary");

        Assert.Contains("/episodes/1956-hungary", page.Section("episodes"));
        Assert.DoesNotContain("/episodes/1945-korea", page.Section("episodes"));
    }
}
