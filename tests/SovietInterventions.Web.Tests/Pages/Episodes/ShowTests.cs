using Microsoft.AspNetCore.Hosting;

namespace SovietInterventions.Web.Tests.Pages.Episodes;

[Collection(SiteCollection.Name)]
public sealed class ShowTests(EncyclopediaFactory site)
{
    const string Hungary = "/episodes/hungarian-revolution-1956";
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task An_episode_page_names_the_episode_its_kind_and_its_target_country()
    {
        var page = await SiteAssert.OkAsync(client, Hungary);

        Assert.StartsWith("Soviet intervention in Hungary ·", page.Title);
        Assert.Equal(["Soviet intervention in Hungary"], page.H1s);
        Assert.Contains("Invasion", page.Text);
        Assert.Contains("<a href=\"/countries/hungary\">Hungary</a>", page.Html);
        SiteAssert.CanonicalIs(page, "http://localhost" + Hungary);
    }

    [Theory]
    [InlineData(Hungary, "4–10 November 1956")]
    [InlineData("/episodes/invasion-of-czechoslovakia", "August 1968")]
    [InlineData("/episodes/mongolian-revolution-1921", "1921–1924")]
    [InlineData("/episodes/soviet-afghan-war", "24 December 1979 – 15 February 1989")]
    public async Task Dates_are_shown_to_the_precision_the_sources_give(string url, string dates)
    {
        var page = await SiteAssert.OkAsync(client, url);

        Assert.Contains($"<p class=\"dates\">{dates}</p>", page.Text);
    }

    [Fact]
    public async Task A_passage_of_another_episode_that_also_tells_this_one_is_listed_among_its_sources_not_in_its_narrative()
    {
        var page = await SiteAssert.OkAsync(client, "/episodes/invasion-of-czechoslovakia");

        Assert.Contains("href=\"/sources/soviet-foreign-policy-notes#p", page.Section("sources"));
        Assert.DoesNotContain("crushed Budapest in 1956 and Prague in 1968", page.Text);
    }

    [Fact]
    public async Task A_passage_the_infobox_cites_from_outside_the_episode_is_listed_among_its_sources()
    {
        var page = await SiteAssert.OkAsync(client, "/episodes/mongolian-revolution-1921");
        var cited = System.Text.RegularExpressions.Regex.Match(page.Section("infobox"), "href=\"(/sources/soviet-foreign-policy-notes#p[0-9]+)\"").Groups[1].Value;

        Assert.NotEmpty(cited);
        Assert.Contains($"href=\"{cited}\"", page.Section("sources"));
    }

    [Fact]
    public async Task Countries_are_listed_in_the_infobox_under_their_role()
    {
        var prague = (await SiteAssert.OkAsync(client, "/episodes/invasion-of-czechoslovakia")).Section("infobox");
        var mongolia = (await SiteAssert.OkAsync(client, "/episodes/mongolian-revolution-1921")).Section("infobox");

        Assert.Matches("<dt>Target country</dt>\\s*<dd>\\s*<ul class=\"inline-list\">\\s*<li>\\s*<a href=\"/countries/czechoslovakia\">", prague);
        Assert.Matches("<dt>Participant</dt>\\s*<dd>\\s*<ul class=\"inline-list\">\\s*<li>\\s*<a href=\"/countries/hungary\">", prague);
        Assert.Matches("<dt>Supported government</dt>\\s*<dd>\\s*<ul class=\"inline-list\">\\s*<li>\\s*<a href=\"/countries/mongolia\">", mongolia);
        Assert.DoesNotContain("Target", mongolia);
        // The role names its passage.
        Assert.Contains("href=\"/sources/soviet-involvement-in-regime-change#p5\"", mongolia);
    }

    [Fact]
    public async Task Actors_are_grouped_by_the_role_they_played_and_those_only_mentioned_are_listed_apart()
    {
        var page = await SiteAssert.OkAsync(client, Hungary);

        var actors = page.Section("actors");
        var roles = actors[..actors.IndexOf("Also mentioned", StringComparison.Ordinal)];
        var also = actors[actors.IndexOf("Also mentioned", StringComparison.Ordinal)..];
        Assert.Matches("<dt>Leader deposed</dt>\\s*<dd>\\s*<ul class=\"inline-list\">\\s*<li><a href=\"/actors/imre-nagy\">Imre Nagy</a>", roles);
        Assert.Matches("<dt>Leader installed</dt>\\s*<dd>\\s*<ul class=\"inline-list\">\\s*<li><a href=\"/actors/janos-kadar\">János Kádár</a>", roles);
        Assert.True(roles.IndexOf("<dt>Involved</dt>", StringComparison.Ordinal) > roles.IndexOf("<dt>Leader installed</dt>", StringComparison.Ordinal));
        Assert.Contains("/actors/soviet-army", roles);
        Assert.DoesNotContain("Dubček", roles);
        Assert.Contains("<a href=\"/actors/alexander-dubcek\">Alexander Dubček</a>", also);
        Assert.DoesNotContain("Also mentioned", (await SiteAssert.OkAsync(client, "/episodes/soviet-afghan-war")).Text);
    }

    [Fact]
    public async Task The_narrative_marks_each_passage_with_its_document_and_section_and_links_to_it()
    {
        var page = await SiteAssert.OkAsync(client, Hungary);

        var narrative = page.Section("narrative");
        Assert.Contains("Soviet tanks entered Budapest", narrative);
        Assert.Contains("Soviet involvement in regime change › 1945–1991: Cold War › 1956: Hungary", narrative);
        Assert.Contains("href=\"/sources/soviet-involvement-in-regime-change#p8\"", narrative);
        await SiteAssert.AnchorsExistAsync(client, page);
    }

    [Fact]
    public async Task The_events_section_is_a_dated_timeline_in_date_order()
    {
        var page = await SiteAssert.OkAsync(client, Hungary);

        var events = page.Section("events");
        var order = new[] { "23 October 1956", "November 1956", "4 November 1956" }
            .Select(d => events.IndexOf($">{d}</time>", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("<time datetime=\"1956-10-23\">", events);
    }

    [Fact]
    public async Task The_sources_section_links_to_the_first_passage_of_each_section_used()
    {
        var page = await SiteAssert.OkAsync(client, Hungary);

        var sources = page.Section("sources");
        Assert.Contains("href=\"/sources/soviet-involvement-in-regime-change#p7\"", sources);
        Assert.Contains("passages 7–9", sources);
    }

    [Fact]
    public async Task Related_episodes_give_their_reason_and_an_organization_on_most_pages_relates_nothing()
    {
        var page = await SiteAssert.OkAsync(client, Hungary);

        var related = page.Section("related");
        var items = related.Split("<li>")[1..];
        Assert.InRange(items.Length, 1, 6);
        Assert.All(items, i => Assert.Contains("class=\"reason\"", i));
        var takeover = Assert.Single(items, i => i.Contains("Communist takeover of Hungary", StringComparison.Ordinal));
        Assert.Contains("same country: Hungary", takeover);
        Assert.Contains("same people: János Kádár", takeover);
        // The Soviet Army is on three of the five episodes: sharing it alone is no reason.
        Assert.DoesNotContain("Soviet–Afghan War", related);
        Assert.DoesNotContain("Mongolian Revolution of 1921", related);
        Assert.DoesNotContain("href=\"/episodes/hungarian-revolution-1956\"", related);
    }

    [Fact]
    public async Task A_discrepancy_between_sources_is_shown_where_there_is_one()
    {
        var disputed = await SiteAssert.OkAsync(client, Hungary);
        var undisputed = await SiteAssert.OkAsync(client, "/episodes/soviet-afghan-war");

        Assert.Contains("Where the sources disagree", disputed.Text);
        Assert.Contains("also dates the last fighting to 1957", disputed.Text);
        Assert.DoesNotContain("Where the sources disagree", undisputed.Text);
    }

    [Fact]
    public async Task Cite_this_page_gives_the_permanent_url_and_access_date_in_four_styles()
    {
        var page = await SiteAssert.OkAsync(client, Hungary);

        var cite = page.Section("cite");
        var url = "http://localhost/episodes/hungarian-revolution-1956";
        var today = DateTime.UtcNow;
        foreach (var style in new[] { "APA", "MLA", "Chicago", "BibTeX" }) Assert.Contains($"<h3>{style}</h3>", cite);
        var blocks = cite.Split("<pre><code>")[1..];
        Assert.Equal(4, blocks.Length);
        Assert.All(blocks, b => Assert.Contains(url, b));
        Assert.Contains($"Retrieved {today:MMMM} {today.Day}, {today.Year}, from {url}", cite);
        Assert.Contains("@misc{hungarianrevolution19562025,", cite);
        Assert.Contains($"note = {{Accessed {today:yyyy-MM-dd}}}", cite);
    }

    [Fact]
    public async Task Canonical_and_citation_urls_use_the_configured_public_base_url()
    {
        using var configured = site.WithWebHostBuilder(b => b.UseSetting("Encyclopedia:PublicBaseUrl", "https://encyclopedia.example/"));
        var page = await SiteAssert.OkAsync(configured.CreateClient(new() { BaseAddress = new Uri("https://encyclopedia.example") }), Hungary);

        SiteAssert.CanonicalIs(page, "https://encyclopedia.example" + Hungary);
        Assert.Contains("https://encyclopedia.example" + Hungary, page.Section("cite"));
    }

    [Fact]
    public async Task An_old_slug_answers_301_to_the_current_page() =>
        await SiteAssert.RedirectsPermanentlyAsync(site.CreateClientWithoutRedirects(),
            "/episodes/soviet-intervention-in-hungary", Hungary);

    [Fact]
    public async Task An_unknown_slug_answers_404_with_suggestions_of_similar_episodes()
    {
        var page = await SiteAssert.NotFoundAsync(client, "/episodes/hungary-revolution");

        Assert.Contains("href=\"/episodes/hungarian-revolution-1956\"", page.Html);
        Assert.Contains("value=\"hungary revolution\"", page.Html);
    }

    [Fact]
    public async Task Every_link_on_an_episode_page_answers_200() =>
        await SiteAssert.LinksResolveAsync(client, await SiteAssert.OkAsync(client, Hungary));
}
