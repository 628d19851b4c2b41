using System.Text.Json.Nodes;
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
    public void A_duplicate_slug_is_an_error_naming_the_file_and_the_slug()
    {
        var dir = RealData.CopyToTemp();
        var countries = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "countries.json")))!.AsArray();
        countries.Add(countries[0]!.DeepClone());
        File.WriteAllText(Path.Combine(dir, "countries.json"), countries.ToJsonString());

        var error = Assert.Throws<GazetteerException>(() => Gazetteer.Load(dir));

        Assert.Equal("countries.json", error.File);
        Assert.Contains("afghanistan", error.Message);
        Assert.Contains("duplicate slug", error.Message);
    }

    [Fact]
    public void Broken_json_is_an_error_naming_the_file_and_the_line()
    {
        var dir = RealData.CopyToTemp();
        File.WriteAllText(Path.Combine(dir, "actors.json"), "[\n  { \"slug\": \"x\",\n  \"name\": }\n]");

        var error = Assert.Throws<GazetteerException>(() => Gazetteer.Load(dir));

        Assert.StartsWith("actors.json: invalid JSON at line 3", error.Message);
    }

    [Fact]
    public void An_unknown_successor_slug_is_an_error()
    {
        var dir = RealData.CopyToTemp();
        var path = Path.Combine(dir, "countries.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"czech-republic\", \"slovakia\"", "\"czech-republic\", \"slovakkia\""));

        var error = Assert.Throws<GazetteerException>(() => Gazetteer.Load(dir));

        Assert.Contains("unknown successor slug 'slovakkia'", error.Message);
    }

    [Fact]
    public void An_alias_claimed_by_two_actors_is_an_error_naming_both()
    {
        var dir = RealData.CopyToTemp();
        var path = Path.Combine(dir, "actors.json");
        var actors = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        actors.Single(a => (string)a!["slug"]! == "leon-trotsky")!["aliases"]!.AsArray().Add("Stalin");
        File.WriteAllText(path, actors.ToJsonString());

        var error = Assert.Throws<GazetteerException>(() => Gazetteer.Load(dir));

        Assert.Contains("'Stalin'", error.Message);
        Assert.Contains("joseph-stalin", error.Message);
        Assert.Contains("leon-trotsky", error.Message);
    }

    [Theory]
    [InlineData("\"countries\": [\"estonia\", \"latvia\"], \"kind\": \"city\"")]
    [InlineData("\"countries\": [\"estonia\"], \"kind\": \"region\"")]
    [InlineData("\"country\": \"estonia\", \"countries\": [\"estonia\", \"latvia\"], \"kind\": \"region\"")]
    public void A_place_over_several_states_is_a_region_listing_two_or_more(string fields)
    {
        var dir = RealData.CopyToTemp();
        File.WriteAllText(Path.Combine(dir, "places.json"), $"[{{ \"name\": \"Baltic\", {fields} }}]");

        var error = Assert.Throws<GazetteerException>(() => Gazetteer.Load(dir));

        Assert.Contains("entry 'Baltic': 'countries' needs two or more slugs", error.Message);
    }

    [Fact]
    public void A_missing_field_is_an_error_naming_the_entry_and_the_field()
    {
        var dir = RealData.CopyToTemp();
        var path = Path.Combine(dir, "places.json");
        File.WriteAllText(path, "[{ \"name\": \"Budapest\", \"kind\": \"city\" }]");

        var error = Assert.Throws<GazetteerException>(() => Gazetteer.Load(dir));

        Assert.Equal("places.json: entry 'Budapest': missing field 'country'", error.Message);
    }

    [Fact]
    public void Curated_life_years_are_read_and_a_living_person_has_no_last_year()
    {
        Assert.Equal(new ActorYears(1878, 1953), RealData.Gazetteer.Actor("joseph-stalin")!.Years);
        Assert.Equal(new ActorYears(1952, null), RealData.Gazetteer.Actor("vladimir-putin")!.Years);
    }

    [Theory]
    [InlineData("1953")]
    [InlineData("1953–1878")]
    [InlineData("about 1900–1950")]
    public void Years_that_do_not_read_like_a_span_are_an_error_naming_the_entry(string years)
    {
        var dir = RealData.CopyToTemp();
        var path = Path.Combine(dir, "actors.json");
        var actors = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        actors.Single(a => (string)a!["slug"]! == "leon-trotsky")!["years"] = years;
        File.WriteAllText(path, actors.ToJsonString());

        var error = Assert.Throws<GazetteerException>(() => Gazetteer.Load(dir));

        Assert.StartsWith("actors.json: entry 'leon-trotsky': years", error.Message);
    }

    [Theory]
    [InlineData("leon-trotsky", "country", "ruritania", "unknown country slug 'ruritania'")]
    [InlineData("vladimir-putin", "head", "2000–", "'head' needs the 'country' it headed")]
    public void A_curated_side_must_name_a_known_country_and_a_head_must_say_what_he_headed(string slug, string field, string value, string problem)
    {
        var dir = RealData.CopyToTemp();
        var path = Path.Combine(dir, "actors.json");
        var actors = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        actors.Single(a => (string)a!["slug"]! == slug)![field] = value;
        File.WriteAllText(path, actors.ToJsonString());

        var error = Assert.Throws<GazetteerException>(() => Gazetteer.Load(dir));

        Assert.Equal($"actors.json: entry '{slug}': {problem}", error.Message);
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
