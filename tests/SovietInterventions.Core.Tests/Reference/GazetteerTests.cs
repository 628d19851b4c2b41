using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Reference;

public class GazetteerTests
{
    private static Gazetteer Gazetteer => RealData.Gazetteer;

    [Fact]
    public void The_real_data_loads_with_every_modern_state_and_the_historical_ones()
    {
        Assert.InRange(Gazetteer.Countries.Count(c => !c.Historical), 195, 200);
        Assert.True(Gazetteer.Countries.Count(c => c.Historical) >= 20);
        Assert.True(Gazetteer.Places.Count > 300);
        Assert.True(Gazetteer.Actors.Count > 200);
        Assert.NotEmpty(Gazetteer.RoleRules);
        Assert.NotEmpty(Gazetteer.Titles);
    }

    [Fact]
    public void Every_successor_slug_names_a_country_in_the_file()
    {
        var successors = Gazetteer.Countries.SelectMany(c => c.Successors).ToList();
        Assert.NotEmpty(successors);
        Assert.All(successors, slug => Assert.NotNull(Gazetteer.Country(slug)));
    }

    [Fact]
    public void Every_historical_state_has_successors_and_no_iso3()
    {
        Assert.All(Gazetteer.Countries.Where(c => c.Historical), c =>
        {
            Assert.Null(c.Iso3);
            Assert.NotEmpty(c.Successors);
        });
    }

    [Fact]
    public void Every_modern_state_has_its_own_iso3()
    {
        var modern = Gazetteer.Countries.Where(c => !c.Historical).ToList();
        Assert.All(modern, c => Assert.True(c.Iso3 is { Length: 3 } && c.Iso3.All(char.IsAsciiLetterUpper), c.Slug));
        Assert.Equal(modern.Count, modern.Select(c => c.Iso3).Distinct().Count());
    }

    [Fact]
    public void Only_the_soviet_union_is_the_intervener()
    {
        var intervener = Assert.Single(Gazetteer.Countries, c => c.Intervener);
        Assert.Equal("soviet-union", intervener.Slug);
        Assert.Contains("USSR", intervener.Aliases);
    }

    [Fact]
    public void Czechoslovakia_and_yugoslavia_lead_to_their_successor_states()
    {
        Assert.Equal(["czech-republic", "slovakia"], Gazetteer.Country("czechoslovakia")!.Successors);
        Assert.Contains("north-macedonia", Gazetteer.Country("yugoslavia")!.Successors);
        Assert.Contains("kosovo", Gazetteer.Country("yugoslavia")!.Successors);
    }

    [Fact]
    public void Every_place_points_to_a_known_country()
    {
        Assert.All(Gazetteer.Places, p => Assert.NotNull(Gazetteer.Country(p.Country)));
    }

    [Fact]
    public void Countries_and_actors_are_sorted_by_slug_and_places_by_name()
    {
        Assert.Equal(Gazetteer.Countries.Select(c => c.Slug).Order(StringComparer.Ordinal), Gazetteer.Countries.Select(c => c.Slug));
        Assert.Equal(Gazetteer.Actors.Select(a => a.Slug).Order(StringComparer.Ordinal), Gazetteer.Actors.Select(a => a.Slug));
        var places = Gazetteer.Places.Select(p => p.Name).ToList();
        Assert.Equal(places.OrderBy(n => n.ToLowerInvariant(), StringComparer.Ordinal).ThenBy(n => n, StringComparer.Ordinal), places);
    }

    [Fact]
    public void Lookup_by_slug_finds_entries_and_returns_null_for_unknown_slugs()
    {
        Assert.Equal("Joseph Stalin", Gazetteer.Actor("joseph-stalin")?.Name);
        Assert.Equal("HUN", Gazetteer.Country("hungary")?.Iso3);
        Assert.Null(Gazetteer.Country("atlantis"));
        Assert.Null(Gazetteer.Actor("nobody"));
    }

    [Fact]
    public void A_states_years_are_read_as_a_span_and_one_year_as_its_first_and_last()
    {
        Assert.Equal(new YearSpan(1922, 1991), RealData.Gazetteer.Country("soviet-union")!.Years);
        Assert.Equal(new YearSpan(1946, 1946), RealData.Gazetteer.Country("republic-of-mahabad")!.Years);
    }

    [Fact]
    public void Curated_life_years_are_read_and_a_living_person_has_no_last_year()
    {
        Assert.Equal(new YearSpan(1878, 1953), RealData.Gazetteer.Actor("joseph-stalin")!.Years);
        Assert.Equal(new YearSpan(1952, null), RealData.Gazetteer.Actor("vladimir-putin")!.Years);
    }

    [Theory]
    [InlineData("GDR", "East Germany")]
    [InlineData("Polish People's Republic", "Poland")]
    [InlineData("Persia", "Persia")]
    [InlineData("Prague", "Prague")]
    public void An_acronym_or_formal_state_name_reads_as_the_countrys_common_name_and_other_places_stay(string place, string common)
    {
        Assert.Equal(common, Gazetteer.CommonName(place));
    }
}
