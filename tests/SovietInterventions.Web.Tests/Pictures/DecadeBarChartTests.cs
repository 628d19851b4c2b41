using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Tests.Pictures;

public class DecadeBarChartTests
{
    private static readonly DecadeBar[] Decades =
    [
        new("1920s", "/decades/1920s", 3),
        new("1940s", "/decades/1940s", 9),
        new("1950s", "/decades/1950s", 6),
        new("1990s", "/decades/1990s", 0),
    ];

    [Fact]
    public void Each_decade_is_one_link_titled_with_its_count()
    {
        var svg = ParsedSvg.Parse(DecadeBarChart.Render(Decades));

        var links = svg.WithClass("decade-chart-bar").ToList();
        Assert.Equal(Decades.Select(d => d.Href), links.Select(a => (string)a.Attribute("href")!));
        Assert.Equal("1940s: 9 episodes", links[1].TitleText());
        Assert.Contains(links[1].All("text"), t => t.Value == "9");
        Assert.Contains(links[1].All("text"), t => t.Value == "1940s");
    }

    [Fact]
    public void Columns_are_taller_for_larger_counts_and_share_one_baseline()
    {
        var svg = ParsedSvg.Parse(DecadeBarChart.Render(Decades));

        var columns = svg.WithClass("decade-chart-column").ToList();
        var heights = columns.Select(c => c.Number("height")).ToList();
        Assert.True(heights[1] > heights[2] && heights[2] > heights[0] && heights[0] > heights[3]);
        Assert.Single(columns.Select(c => Math.Round(c.Number("y") + c.Number("height"), 1)).Distinct());
    }

    [Fact]
    public void The_axis_reaches_past_the_largest_count()
    {
        var svg = ParsedSvg.Parse(DecadeBarChart.Render(Decades));

        var ticks = svg.WithClass("decade-chart-axis").Single().Elements(ParsedSvg.Ns + "text").Select(t => int.Parse(t.Value)).ToList();
        Assert.Equal(0, ticks[0]);
        Assert.True(ticks[^1] >= 9);
    }

    [Fact]
    public void Labels_stay_escaped_and_no_inline_styles_are_used()
    {
        var svg = ParsedSvg.Parse(DecadeBarChart.Render([new DecadeBar("<script>&\"", "/d?a=1&b=2", 1)], "A & B"));

        var link = svg.WithClass("decade-chart-bar").Single();
        Assert.Equal("/d?a=1&b=2", (string?)link.Attribute("href"));
        Assert.Equal("<script>&\": 1 episode", link.TitleText());
        ParsedSvg.AssertNoInlineStylesOrScripts(svg);
    }
}
