using SovietInterventions.Web.Pages.Episodes;
using SovietInterventions.Web.Tests.Pictures;

namespace SovietInterventions.Web.Tests.Pages.Episodes;

public sealed class EventStripTests
{
    static List<System.Xml.Linq.XElement> Marks(System.Xml.Linq.XElement svg, string cssClass) =>
        [.. svg.WithClass(cssClass).Where(m => !m.Ancestors().Any(a => (string?)a.Attribute("class") == "event-strip-legend"))];

    [Fact]
    public void Each_event_is_drawn_to_the_precision_of_its_date()
    {
        var svg = ParsedSvg.Parse(EventStrip.Render(["1956-11-04", "1956-11", "1957"], 1956, 1957));

        Assert.Single(Marks(svg, "event-day"));
        var month = Marks(svg, "event-month").Single();
        var year = Marks(svg, "event-year").Single();
        Assert.True(year.Number("width") > 10 * month.Number("width"), "a year spans about twelve months");
        ParsedSvg.AssertNoInlineStylesOrScripts(svg);
    }

    [Fact]
    public void Events_that_would_overlap_are_drawn_on_separate_lanes()
    {
        var svg = ParsedSvg.Parse(EventStrip.Render(["1956", "1956-11", "1956-11-04"], 1956, 1956));

        var rows = Marks(svg, "event-year").Select(m => m.Number("y") + 4)
            .Concat(Marks(svg, "event-month").Select(m => m.Number("y") + 4))
            .Concat(Marks(svg, "event-day").Select(m => m.Number("cy"))).ToList();
        Assert.Equal(3, rows.Distinct().Count());
    }

    [Fact]
    public void No_dated_event_draws_nothing() => Assert.Equal("", EventStrip.Render(["someday"], 1956, 1956));

    [Fact]
    public void Events_before_or_after_the_episodes_years_are_drawn_in_another_ink_than_those_within()
    {
        var svg = ParsedSvg.Parse(EventStrip.Render(["1955-03", "1956-11", "1958-01-02"], 1956, 1957));

        var inks = Marks(svg, "event-month").Select(m => (string?)m.Attribute("fill")).ToList();
        var after = (string?)Marks(svg, "event-day").Single().Attribute("fill");
        Assert.NotEqual(inks[0], inks[1]);
        Assert.Equal(inks[0], after);
        Assert.Single(svg.WithClass("episode-years"));
    }

    [Theory]
    [InlineData("1955-03", EventTiming.Before)]
    [InlineData("1956", null)]
    [InlineData("1957-12-31", null)]
    [InlineData("1960", EventTiming.After)]
    public void An_event_is_before_or_after_the_episode_only_outside_its_years(string date, string? expected) =>
        Assert.Equal(expected, EventTiming.Outside(date, 1956, 1957));
}
