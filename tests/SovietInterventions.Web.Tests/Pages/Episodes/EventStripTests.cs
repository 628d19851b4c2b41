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
}
