using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Tests.Pictures;

public class WorldMapTests
{
    private static readonly WorldMapGeometry Geometry = WorldMapGeometry.Load();
    private static readonly WorldMap Map = new(Geometry);

    private static readonly MapShade[] Shades =
    [
        new("HUN", "/countries/hungary", "Hungary", 2),
        new("CZE", "/countries/czechoslovakia", "Czechoslovakia", 3),
        new("SVK", "/countries/czechoslovakia", "Czechoslovakia", 3),
        new("AFG", "/countries/afghanistan", "Afghanistan", 5),
        new("FIN", "/countries/finland", "Finland", 1),
    ];

    private static string HrefOf(System.Xml.Linq.XElement link) => (string)link.Attribute("href")!;

    [Fact]
    public void Every_shaded_country_is_a_link_titled_with_its_name_and_count()
    {
        var svg = ParsedSvg.Parse(Map.Render(Shades, "Targets"));

        var links = svg.WithClass("map-country-link").ToList();
        Assert.Equal(Shades.Length, links.Count);
        Assert.Equal(Shades.Select(s => s.Href).Order(), links.Select(HrefOf).Order());
        Assert.Contains(links, a => a.TitleText() == "Hungary — 2 episodes");
        Assert.Contains(links, a => a.TitleText() == "Finland — 1 episode");
        Assert.All(links, a => Assert.Single(a.All("path")));
    }

    [Fact]
    public void Unshaded_countries_are_drawn_grey_without_links()
    {
        var svg = ParsedSvg.Parse(Map.Render(Shades, "Targets"));

        var countries = svg.WithClass("map-country").ToList();
        Assert.Equal(Geometry.Countries.Count, countries.Count);
        var unlinked = countries.Where(p => p.Parent!.Name.LocalName != "a").ToList();
        Assert.Equal(Geometry.Countries.Count - Shades.Length, unlinked.Count);
        Assert.All(unlinked, p => Assert.Null(p.Attribute("fill")));
        Assert.Equal("#dedede", (string?)svg.WithClass("map-land").Single().Attribute("fill"));
    }

    [Fact]
    public void Shades_darken_as_counts_grow()
    {
        var svg = ParsedSvg.Parse(Map.Render(Shades, "Targets"));
        double LuminanceOf(string href) => ParsedSvg.Luminance(
            (string)svg.WithClass("map-country-link").First(a => HrefOf(a) == href).Element(ParsedSvg.Ns + "path")!.Attribute("fill")!);

        var finland = LuminanceOf("/countries/finland");
        var hungary = LuminanceOf("/countries/hungary");
        var czechoslovakia = LuminanceOf("/countries/czechoslovakia");
        var afghanistan = LuminanceOf("/countries/afghanistan");
        Assert.True(finland > hungary && hungary > czechoslovakia && czechoslovakia > afghanistan,
            $"{finland} > {hungary} > {czechoslovakia} > {afghanistan}");
    }

    [Fact]
    public void Shades_darken_as_counts_grow_when_counts_share_classes()
    {
        var shades = Enumerable.Range(1, 40).Select(i => new MapShade(Geometry.Countries[i].Iso3, $"/c/{i}", $"C{i}", i)).ToList();
        var svg = ParsedSvg.Parse(Map.Render(shades, "Many"));

        var fills = svg.WithClass("map-country-link")
            .Select(a => (Count: int.Parse(HrefOf(a)[3..]), Fill: (string)a.Element(ParsedSvg.Ns + "path")!.Attribute("fill")!))
            .OrderBy(x => x.Count)
            .Select(x => ParsedSvg.Luminance(x.Fill))
            .ToList();
        Assert.True(fills.Zip(fills.Skip(1)).All(p => p.First >= p.Second));
        Assert.True(fills[0] > fills[^1]);
    }

    [Fact]
    public void The_legend_gives_the_counts_as_text()
    {
        var svg = ParsedSvg.Parse(Map.Render(Shades, "Targets"));

        var legend = svg.WithClass("map-legend").Single().Elements(ParsedSvg.Ns + "text").Select(t => t.Value).ToList();
        Assert.Equal(["Episodes:", "1", "2", "3", "4", "5", "none"], legend);
    }

    [Fact]
    public void A_country_too_small_for_the_data_is_still_linked_under_the_map()
    {
        var svg = ParsedSvg.Parse(Map.Render([.. Shades, new MapShade("GRD", "/countries/grenada", "Grenada", 1)], "Targets"));

        var grenada = svg.WithClass("map-not-drawn").Single().Elements(ParsedSvg.Ns + "a").Single();
        Assert.Equal("/countries/grenada", HrefOf(grenada));
        Assert.Equal("Grenada — 1 episode", grenada.TitleText());
    }

    [Fact]
    public void Countries_too_small_to_draw_are_listed_up_to_a_limit_most_episodes_first_and_the_rest_counted()
    {
        var small = Enumerable.Range(1, WorldMap.NotDrawnLimit + 6).Select(i => new MapShade($"Q{i:00}", $"/countries/q{i}", $"Island {i}", i)).ToList();
        var svg = ParsedSvg.Parse(Map.Render(small, "Targets"));

        var links = svg.WithClass("map-not-drawn").Single().Elements(ParsedSvg.Ns + "a").ToList();
        Assert.Equal(WorldMap.NotDrawnLimit + 1, links.Count);
        Assert.Contains(links, a => HrefOf(a) == $"/countries/q{WorldMap.NotDrawnLimit + 6}");
        Assert.DoesNotContain(links, a => HrefOf(a) == "/countries/q1");
        Assert.Equal("/countries", HrefOf(links[^1]));
        Assert.Equal("and 6 more on the countries page", links[^1].Value);
    }

    [Fact]
    public void Zero_counts_and_repeated_codes_add_no_links()
    {
        var shades = new[] { new MapShade("FRA", "/countries/france", "France", 0), new MapShade("HUN", "/a", "Hungary", 2), new MapShade("hun", "/b", "Hungary", 9) };
        var svg = ParsedSvg.Parse(Map.Render(shades, "Targets"));

        Assert.Equal(["/a"], svg.WithClass("map-country-link").Select(HrefOf));
    }

    [Fact]
    public void Labels_and_caption_stay_escaped_and_no_inline_styles_are_used()
    {
        var text = Map.Render([new MapShade("NOR", "/c?x=1&y=2", "<script>&\"", 1)], "Caption <b>&</b>");

        var svg = ParsedSvg.Parse(text);
        Assert.Equal("<script>&\" — 1 episode", svg.WithClass("map-country-link").Single().TitleText());
        Assert.Equal("Caption <b>&</b>", svg.TitleText());
        ParsedSvg.AssertNoInlineStylesOrScripts(svg);
    }
}
