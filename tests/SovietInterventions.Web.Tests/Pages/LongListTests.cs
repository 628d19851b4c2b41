using System.Text.RegularExpressions;

namespace SovietInterventions.Web.Tests.Pages;

/// <summary>Lists longer than a page are cut into pages that together hold every item once.</summary>
public sealed partial class LongListTests(ManyEpisodesFactory site) : IClassFixture<ManyEpisodesFactory>
{
    readonly HttpClient client = site.CreateClient();

    async Task<List<string>> AllPagesAsync(string path, Regex item)
    {
        var found = new List<string>();
        for (var page = 1; page <= 10; page++)
        {
            var html = await SiteAssert.OkAsync(client, page == 1 ? path : $"{path}{(path.Contains('?') ? '&' : '?')}page={page}");
            var items = item.Matches(html.Html).Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.InRange(items.Count, 1, 200);
            found.AddRange(items);
            if (!html.Html.Contains("rel=\"next\">Next</a>", StringComparison.Ordinal)) return found;
        }
        throw new InvalidOperationException($"{path} has more than ten pages");
    }

    [Fact]
    public async Task A_decade_page_lists_its_episodes_two_hundred_at_a_time_each_once()
    {
        var slugs = await AllPagesAsync("/decades/1960s", EpisodeLink());

        Assert.Equal(ManyEpisodesFactory.Episodes, slugs.Count);
        Assert.Equal(ManyEpisodesFactory.Episodes, slugs.Distinct().Count());
    }

    [Fact]
    public async Task A_context_event_appears_on_one_page_of_its_decade()
    {
        var pages = new List<string>();
        for (var page = 1; page <= 3; page++) pages.Add((await SiteAssert.OkAsync(client, $"/decades/1960s?page={page}")).Html);

        Assert.Equal(1, pages.Count(p => p.Contains("A made-up treaty.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_filtered_decade_page_keeps_its_filter_in_the_page_links()
    {
        var page = await SiteAssert.OkAsync(client, "/decades/1960s?kind=coup");

        Assert.Contains("href=\"/decades/1960s?kind=coup&amp;page=2\"", page.Html);
    }

    [Fact]
    public async Task The_actors_index_lists_every_actor_two_hundred_at_a_time()
    {
        var slugs = await AllPagesAsync("/actors", ActorLink());

        Assert.Equal(ManyEpisodesFactory.Episodes, slugs.Distinct().Count());
        Assert.Contains("People <span class=\"count\">(450)</span>", (await SiteAssert.OkAsync(client, "/actors?page=3")).Html);
    }

    [Fact]
    public async Task The_countries_index_lists_every_country_two_hundred_at_a_time()
    {
        var slugs = await AllPagesAsync("/countries", CountryLink());

        Assert.Equal(ManyEpisodesFactory.Countries, slugs.Distinct().Count());
    }

    [Fact]
    public async Task The_timeline_names_a_few_episodes_per_decade_and_region_and_counts_the_rest()
    {
        var page = await SiteAssert.OkAsync(client, "/timeline");

        var named = EpisodeLink().Matches(page.Section("d1960s")).Select(m => m.Groups[1].Value).Distinct().Count();
        Assert.InRange(named, 1, 10);
        Assert.Contains("450 episodes began", HtmlPage.StripTags(page.Section("d1960s")));
        Assert.Contains("more in the 1960s", page.Section("d1960s"));
    }

    [Fact]
    public async Task The_search_form_types_countries_and_actors_instead_of_listing_them_all()
    {
        var page = await SiteAssert.OkAsync(client, "/search");

        Assert.DoesNotContain("<select id=\"country\"", page.Html);
        Assert.DoesNotContain("<select id=\"actor\"", page.Html);
        Assert.Contains("list=\"country-names\"", page.Html);
        Assert.InRange(Regex.Matches(page.Html, "<option value=\"Person ").Count, 1, 50);
        Assert.Contains("/countries", page.InternalLinks);
        Assert.Contains("/actors", page.InternalLinks);
    }

    [Fact]
    public async Task A_country_typed_by_name_in_any_case_filters_like_its_slug()
    {
        var byName = await SiteAssert.OkAsync(client, "/search?country=country%20007");
        var bySlug = await SiteAssert.OkAsync(client, "/search?country=country-007");

        var slugs = EpisodeResult().Matches(bySlug.Html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(slugs);
        Assert.Equal(slugs, EpisodeResult().Matches(byName.Html).Select(m => m.Groups[1].Value));
        Assert.Contains("value=\"Country 007\"", byName.Html);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Every_result_on_a_page_of_text_results_has_its_snippet(int page)
    {
        var html = (await SiteAssert.OkAsync(client, $"/search?q=made-up&page={page}")).Html;

        var results = EpisodeResult().Matches(html).Count;
        Assert.InRange(results, 1, 50);
        Assert.Equal(results, Regex.Matches(html, "class=\"snippet\"").Count);
    }

    [Fact]
    public async Task Text_with_a_narrow_filter_finds_what_text_alone_finds_within_that_filter()
    {
        var narrowed = EpisodeResult().Matches((await SiteAssert.OkAsync(client, "/search?q=made-up&country=country-007")).Html).Select(m => m.Groups[1].Value).Order().ToList();
        var filterOnly = EpisodeResult().Matches((await SiteAssert.OkAsync(client, "/search?country=country-007")).Html).Select(m => m.Groups[1].Value).Order().ToList();

        Assert.NotEmpty(narrowed);
        Assert.Equal(filterOnly, narrowed);
    }

    [Fact]
    public async Task Text_with_a_wide_filter_counts_every_match_within_it()
    {
        var page = await SiteAssert.OkAsync(client, "/search?q=made-up&kind=coup");

        Assert.Equal($"{ManyEpisodesFactory.Episodes} episodes", HtmlPage.StripTags(page.Section("results-heading")).Trim());
    }

    [Fact]
    public async Task Facets_count_every_match_and_not_only_the_page_shown()
    {
        var page = await SiteAssert.OkAsync(client, "/search?kind=coup&page=2");

        Assert.InRange(EpisodeResult().Matches(page.Html).Count, 1, 50);
        Assert.Contains($"<span class=\"count\">{ManyEpisodesFactory.Episodes}</span>", page.Section("facet-decade"));
        var countries = Regex.Matches(page.Section("facet-country"), "<li>").Count;
        Assert.Contains($"and {ManyEpisodesFactory.Countries - countries} more", page.Section("facet-country"));
    }

    [GeneratedRegex(@"href=""/episodes/(episode-\d+)""")]
    private static partial Regex EpisodeLink();

    [GeneratedRegex(@"<h3><a href=""/episodes/(episode-\d+)""")]
    private static partial Regex EpisodeResult();

    [GeneratedRegex(@"href=""/actors/(person-\d+)""")]
    private static partial Regex ActorLink();

    [GeneratedRegex(@"href=""/countries/(country-\d+)""")]
    private static partial Regex CountryLink();
}
