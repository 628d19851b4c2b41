using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Tests.Site;

/// <summary>An episode page's decade strip stays the same size however many episodes its decade holds.</summary>
public sealed class DecadeNeighboursTests(ManyEpisodesFactory site) : IClassFixture<ManyEpisodesFactory>
{
    readonly HttpClient client = site.CreateClient();

    async Task<(IReadOnlyList<string> Links, string Current, HtmlPage Page)> StripOf(string slug)
    {
        var page = await SiteAssert.OkAsync(client, $"/episodes/{slug}");
        var strip = PageSvg.One(page, "timeline-strip", layout: "");
        var current = strip.Descendants().Single(e => (string?)e.Attribute("aria-current") == "page");
        return (PageSvg.Links(strip).Distinct().ToList(), (string)current.Attribute("href")!, page);
    }

    [Fact]
    public async Task A_crowded_decade_draws_the_episode_among_a_bounded_number_of_its_neighbours()
    {
        var (links, current, page) = await StripOf("episode-225");

        Assert.Equal(DecadeNeighbours.Limit, links.Count);
        Assert.Equal("/episodes/episode-225", current);
        Assert.Contains($"the {DecadeNeighbours.Limit} nearest in time of the {ManyEpisodesFactory.Episodes} episodes", page.Text);
    }

    [Fact]
    public async Task The_neighbours_are_those_next_to_it_on_the_decade_page()
    {
        var decade = await SiteAssert.OkAsync(client, "/decades/1960s");
        var order = System.Text.RegularExpressions.Regex.Matches(decade.Html, "href=\"(/episodes/episode-\\d+)\"")
            .Select(m => m.Groups[1].Value).Distinct().ToList();
        var middle = order[100];

        var (links, _, _) = await StripOf(middle["/episodes/".Length..]);

        var expected = order.Skip(100 - DecadeNeighbours.Limit / 2).Take(DecadeNeighbours.Limit).Order();
        Assert.Equal(expected, links.Order());
    }

    [Fact]
    public async Task The_first_episode_of_the_decade_still_has_a_full_strip_that_includes_it()
    {
        var decade = await SiteAssert.OkAsync(client, "/decades/1960s");
        var first = System.Text.RegularExpressions.Regex.Match(decade.Html, "href=\"/episodes/(episode-\\d+)\"").Groups[1].Value;

        var (links, current, _) = await StripOf(first);

        Assert.Equal(DecadeNeighbours.Limit, links.Count);
        Assert.Equal($"/episodes/{first}", current);
    }
}
