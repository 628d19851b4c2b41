using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;
using SovietInterventions.Web.Pictures;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Tests.Pictures;

public sealed class KindStylesTests
{
    // Bars carry the label the pages show, as EpisodeBars gives it.
    static TimelineBar Bar(EpisodeKind kind, int year) =>
        new($"/episodes/{kind}", $"Episode {kind}", $"{year}", new DateOnly(year, 1, 1), new DateOnly(year + 1, 12, 31), false, false,
            DisplayName.Of(kind), "Europe");

    [Fact]
    public void Every_kind_is_drawn_in_its_vocabulary_colour_and_has_a_legend_entry()
    {
        var kinds = Enum.GetValues<EpisodeKind>();
        var svg = ParsedSvg.Parse(TimelineChart.Render(kinds.Select((k, i) => Bar(k, 1920 + 5 * i)).ToList()));

        var legend = svg.WithClass("timeline-legend").Single().All("text").Select(t => t.Value).ToList();
        var patterns = svg.All("pattern").ToDictionary(p => (string)p.Attribute("id")!);
        foreach (var kind in kinds)
        {
            var look = KindVocabulary.Shipped[kind];
            Assert.Contains(look.Label, legend);
            var shape = svg.WithClass("timeline-bar").Single(a => (string)a.Attribute("href")! == $"/episodes/{kind}")
                .WithClass("timeline-bar-shape").Single();
            var id = ((string)shape.Attribute("fill")!)["url(#".Length..^1];
            Assert.Equal(look.Colour, (string)patterns[id].Elements().First().Attribute("fill")!);
        }
        Assert.Equal(kinds.Length, patterns.Count);
    }

    [Fact]
    public void A_kind_given_by_its_name_looks_like_the_same_kind_given_by_its_label()
    {
        static TimelineBar ByName(EpisodeKind kind) => Bar(kind, 1950) with { Kind = kind.ToString() };
        var byLabel = ParsedSvg.Parse(TimelineChart.Render([Bar(EpisodeKind.InsurgencySupport, 1950)]));
        var byName = ParsedSvg.Parse(TimelineChart.Render([ByName(EpisodeKind.InsurgencySupport)]));

        Assert.Equal(byLabel.All("pattern").Single().ToString(), byName.All("pattern").Single().ToString());
        Assert.Contains(KindVocabulary.Shipped[EpisodeKind.InsurgencySupport].Label, byName.WithClass("timeline-legend").Single().Value);
    }
}
