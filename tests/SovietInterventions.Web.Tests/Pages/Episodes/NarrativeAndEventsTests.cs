namespace SovietInterventions.Web.Tests.Pages.Episodes;

[Collection(SiteCollection.Name)]
public sealed class NarrativeAndEventsTests(EncyclopediaFactory site)
{
    const string Hungary = "/episodes/hungarian-revolution-1956";
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task A_sentence_two_sources_share_is_shown_once_citing_both()
    {
        var narrative = (await SiteAssert.OkAsync(client, Hungary)).Section("narrative");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(narrative, "Soviet tanks entered Budapest"));
        Assert.Contains("href=\"/sources/soviet-involvement-in-regime-change#p8\"", narrative);
        Assert.Contains("also in", narrative);
        Assert.Contains("href=\"/sources/soviet-foreign-policy-notes#p8\"", narrative);
    }

    [Fact]
    public async Task The_episode_own_section_reads_before_anything_else()
    {
        var narrative = (await SiteAssert.OkAsync(client, Hungary)).Section("narrative");

        Assert.True(narrative.IndexOf("Soviet tanks entered Budapest", StringComparison.Ordinal)
            < narrative.IndexOf("Soviet tanks in Budapest.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Events_of_the_same_date_and_subject_are_shown_once_with_every_source()
    {
        var events = (await SiteAssert.OkAsync(client, Hungary)).Section("events");

        var fourth = events.Split("<li>").Single(i => i.Contains("<time datetime=\"1956-11-04\">", StringComparison.Ordinal));
        Assert.Contains("#p8\"", fourth);
        Assert.Contains("soviet-foreign-policy-notes#p8", fourth);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(events, "datetime=\"1956-11-04\""));
    }

    [Fact]
    public async Task An_event_known_only_to_the_year_is_kept_and_dated_to_the_year()
    {
        var events = (await SiteAssert.OkAsync(client, "/episodes/soviet-afghan-war")).Section("events");

        Assert.Contains("<time datetime=\"1980\">1980</time>", events);
        Assert.True(events.IndexOf("1979-12-27", StringComparison.Ordinal) < events.IndexOf("datetime=\"1980\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_events_are_drawn_on_a_strip_with_a_year_only_event_spanning_its_year()
    {
        var strip = PageSvg.One(await SiteAssert.OkAsync(client, "/episodes/soviet-afghan-war"), "event-strip", layout: "");

        var marks = strip.Descendants().Where(e => !e.Ancestors().Any(a => (string?)a.Attribute("class") == "event-strip-legend"))
            .Select(e => (string?)e.Attribute("class")).ToList();
        Assert.Single(marks, c => c == "event-year");
        Assert.Single(marks, c => c == "event-day");
    }
}
