using System.Xml.Linq;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;
using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Tests.Pictures;

public class TimelineChartTests
{
    private static TimelineBar Bar(string slug, int startYear, int endYear, string kind = "Invasion", string group = "Europe",
        bool startYearOnly = false, bool endYearOnly = false, string? title = null) =>
        new($"/episodes/{slug}", title ?? $"Episode {slug}", $"{startYear}–{endYear}",
            new DateOnly(startYear, 3, 1), new DateOnly(endYear, 9, 30), startYearOnly, endYearOnly, kind, group);

    private static readonly TimelineBar[] Sample =
    [
        Bar("hungary", 1956, 1956),
        Bar("czechoslovakia", 1968, 1968),
        Bar("baltics", 1940, 1991, kind: "Occupation"),
        Bar("afghanistan", 1979, 1989, group: "Asia"),
        Bar("angola", 1975, 1991, kind: "MilitaryAid", group: "Africa"),
    ];

    [Fact]
    public void Every_bar_is_one_link_to_its_episode_with_a_title_naming_it_and_its_dates()
    {
        var svg = ParsedSvg.Parse(TimelineChart.Render(Sample));

        var links = svg.WithClass("timeline-bar").ToList();
        Assert.Equal(Sample.Select(b => b.Href).Order(), links.Select(a => (string)a.Attribute("href")!).Order());
        foreach (var bar in Sample)
        {
            var link = links.Single(a => (string)a.Attribute("href")! == bar.Href);
            Assert.Contains(bar.Title, link.TitleText());
            Assert.Contains(bar.DateLabel, link.TitleText());
            Assert.Contains(bar.Title, (string)link.Attribute("aria-label")!);
        }
    }

    [Theory]
    [InlineData(PictureWidth.Wide)]
    [InlineData(PictureWidth.Narrow)]
    public void Bars_within_a_group_never_overlap(PictureWidth width)
    {
        // Many overlapping episodes in one group, so packing has to use several lanes.
        var crowded = Enumerable.Range(0, 30)
            .Select(i => Bar($"e{i}", 1930 + i % 12, 1935 + i % 15, group: i % 3 == 0 ? "Asia" : "Europe"))
            .ToList();
        var svg = ParsedSvg.Parse(TimelineChart.Render(crowded, width: width));

        var groups = svg.WithClass("timeline-group").ToList();
        Assert.Equal(2, groups.Count);
        foreach (var group in groups)
        {
            var rects = group.WithClass("timeline-bar-shape")
                .Select(r => (X: r.Number("x"), Y: r.Number("y"), W: r.Number("width"), H: r.Number("height")))
                .ToList();
            Assert.True(rects.Select(r => r.Y).Distinct().Count() > 1, "expected several lanes");
            for (var i = 0; i < rects.Count; i++)
                for (var j = i + 1; j < rects.Count; j++)
                {
                    var (a, b) = (rects[i], rects[j]);
                    var overlap = a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;
                    Assert.False(overlap, $"bars {i} and {j} overlap: {a} {b}");
                }
        }
    }

    [Fact]
    public void A_date_known_only_to_the_year_gets_a_soft_edge_and_an_exact_date_does_not()
    {
        var bars = new[]
        {
            Bar("fuzzy-start", 1946, 1949, startYearOnly: true),
            Bar("fuzzy-end", 1962, 1970, endYearOnly: true),
            Bar("exact", 1956, 1957),
        };
        var svg = ParsedSvg.Parse(TimelineChart.Render(bars));
        XElement LinkTo(string slug) => svg.WithClass("timeline-bar").Single(a => (string)a.Attribute("href")! == $"/episodes/{slug}");

        var fadeIn = Assert.Single(LinkTo("fuzzy-start").WithClass("timeline-fuzzy-start"));
        Assert.StartsWith("url(#", (string)fadeIn.Attribute("fill")!);
        Assert.Empty(LinkTo("fuzzy-start").WithClass("timeline-fuzzy-end"));
        Assert.Single(LinkTo("fuzzy-end").WithClass("timeline-fuzzy-end"));
        Assert.Empty(LinkTo("exact").WithClass("timeline-fuzzy-start").Concat(LinkTo("exact").WithClass("timeline-fuzzy-end")));

        // A year-only start is drawn from the start of the year, not from the day passed in.
        var shape = LinkTo("fuzzy-start").WithClass("timeline-bar-shape").Single();
        Assert.Equal(shape.Number("x"), fadeIn.Number("x"));
    }

    [Fact]
    public void The_legend_names_every_kind_present_in_text_and_no_other()
    {
        var svg = ParsedSvg.Parse(TimelineChart.Render(Sample));

        var legendTexts = svg.WithClass("timeline-legend").Single().Descendants(ParsedSvg.Ns + "text").Select(t => t.Value).ToList();
        Assert.Contains("Invasion", legendTexts);
        Assert.Contains(KindVocabulary.Shipped[EpisodeKind.Occupation].Label, legendTexts);
        Assert.Contains(KindVocabulary.Shipped[EpisodeKind.MilitaryAid].Label, legendTexts);
        Assert.DoesNotContain(KindVocabulary.Shipped[EpisodeKind.Coup].Label, legendTexts);
    }

    [Fact]
    public void Each_kind_has_its_own_pattern_so_the_legend_does_not_rely_on_colour_alone()
    {
        var svg = ParsedSvg.Parse(TimelineChart.Render(Sample));

        var patterns = svg.All("pattern").ToList();
        Assert.Equal(3, patterns.Count);
        var overlays = patterns.Select(p => string.Concat(p.Elements().Skip(1).Select(e => e.ToString()))).ToList();
        Assert.Equal(overlays.Count, overlays.Distinct().Count());
    }

    [Fact]
    public void Context_marks_are_diamonds_with_titles_on_their_own_row_above_the_groups()
    {
        var marks = new[] { new TimelineMark("/notes#pact", "Molotov–Ribbentrop Pact", new DateOnly(1939, 8, 23)), new TimelineMark("", "Stalin dies", new DateOnly(1953, 3, 5)) };
        var svg = ParsedSvg.Parse(TimelineChart.Render(Sample, marks));

        var drawn = svg.WithClass("timeline-mark").ToList();
        Assert.Equal(2, drawn.Count);
        Assert.Contains("Molotov–Ribbentrop Pact", drawn[0].TitleText());
        Assert.Equal("/notes#pact", (string?)drawn[0].Attribute("href"));
        Assert.Equal("g", drawn[1].Name.LocalName);
        var lowestMark = svg.WithClass("timeline-marks").Single().Descendants(ParsedSvg.Ns + "path").Max(p => MaxY((string)p.Attribute("d")!));
        var highestBar = svg.WithClass("timeline-bar-shape").Min(r => r.Number("y"));
        Assert.True(lowestMark < highestBar);
    }

    [Fact]
    public void Groups_are_labelled_in_the_order_they_first_appear()
    {
        var svg = ParsedSvg.Parse(TimelineChart.Render(Sample));

        var labels = svg.WithClass("timeline-group-label").Select(t => t.Value).ToList();
        Assert.Equal(["Europe", "Asia", "Africa"], labels);
    }

    [Fact]
    public void The_timeline_has_a_viewBox_scales_to_width_and_labels_every_decade()
    {
        var svg = ParsedSvg.Parse(TimelineChart.Render(Sample, width: PictureWidth.Narrow));

        Assert.StartsWith("0 0 ", (string)svg.Attribute("viewBox")!);
        Assert.Equal("100%", (string?)svg.Attribute("width"));
        var years = svg.WithClass("timeline-axis").First().Elements().Select(t => t.Value).ToList();
        Assert.Equal(["1920", "1930", "1940", "1950", "1960", "1970", "1980", "1990"], years);
    }

    [Fact]
    public void Markup_in_titles_stays_escaped_text()
    {
        var nasty = Bar("x", 1956, 1956, title: "<script>alert(1)</script>&\"'", kind: "Coup & <b>");
        var text = TimelineChart.Render([nasty], [new TimelineMark("/n?a=1&b=2", "<i>mark</i>", new DateOnly(1950, 1, 1))]);

        var svg = ParsedSvg.Parse(text);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "b" or "i");
        Assert.Contains("<script>alert(1)</script>&\"'", svg.WithClass("timeline-bar").Single().TitleText());
        Assert.Equal("/n?a=1&b=2", (string?)svg.WithClass("timeline-mark").Single().Attribute("href"));
        ParsedSvg.AssertNoInlineStylesOrScripts(svg);
    }

    [Fact]
    public void A_long_title_full_of_markup_is_escaped_whole()
    {
        // Longer than the room left in the builder's buffer, so its escaped text is written again into a larger one.
        var title = string.Concat(Enumerable.Repeat("Tom & \"Jerry\" <'1956'> ", 400));

        var svg = ParsedSvg.Parse(TimelineChart.Render([Bar("x", 1956, 1956, title: title)]));

        Assert.Contains(title, svg.WithClass("timeline-bar").Single().TitleText());
    }

    [Fact]
    public void The_decade_strip_shows_only_that_decades_episodes_and_marks_the_current_one()
    {
        var svg = ParsedSvg.Parse(TimelineChart.RenderDecadeStrip(Sample, 1956, "/episodes/hungary"));

        var hrefs = svg.WithClass("timeline-bar").Select(a => (string)a.Attribute("href")!).Order().ToList();
        Assert.Equal(["/episodes/baltics", "/episodes/hungary"], hrefs);
        var current = Assert.Single(svg.WithClass("timeline-current"));
        Assert.Equal("/episodes/hungary", (string?)current.Attribute("href"));
        Assert.Equal("page", (string?)current.Attribute("aria-current"));
        var years = svg.WithClass("timeline-axis").Single().Elements().Select(t => t.Value).ToList();
        Assert.Equal(Enumerable.Range(1950, 10).Select(y => y.ToString()), years);
    }

    private static double MaxY(string pathData)
    {
        // Diamonds are "Mx,y l6,6 l-6,6 l-6,-6 z": the lowest point is 12 below the start.
        var start = pathData[1..pathData.IndexOf(' ')].Split(',');
        return double.Parse(start[1], System.Globalization.CultureInfo.InvariantCulture) + 12;
    }
}
