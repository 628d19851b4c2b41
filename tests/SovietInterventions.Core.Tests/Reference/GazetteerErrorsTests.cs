using System.Text.Json.Nodes;
using SovietInterventions.Core.Import;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Reference;

/// <summary>Broken reference data is an error naming the file, and the entry where there is one.</summary>
public class GazetteerErrorsTests
{
    // Changes one entry of actors.json in a copy of data/.
    private static void ChangeActor(string dir, string slug, Action<JsonNode> change)
    {
        var path = Path.Combine(dir, "actors.json");
        var actors = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        change(actors.Single(a => (string)a!["slug"]! == slug)!);
        File.WriteAllText(path, actors.ToJsonString());
    }

    [Fact]
    public void A_duplicate_slug_is_an_error_naming_the_file_and_the_slug()
    {
        var dir = RealData.CopyToTemp();
        var countries = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "countries.json")))!.AsArray();
        countries.Add(countries[0]!.DeepClone());
        File.WriteAllText(Path.Combine(dir, "countries.json"), countries.ToJsonString());

        var error = Assert.Throws<ImportException>(() => Gazetteer.Load(dir));

        Assert.Equal("countries.json", error.FileName);
        Assert.Contains("afghanistan", error.Message);
        Assert.Contains("duplicate slug", error.Message);
    }

    [Fact]
    public void An_unknown_successor_slug_is_an_error()
    {
        var dir = RealData.CopyToTemp();
        var path = Path.Combine(dir, "countries.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"czech-republic\", \"slovakia\"", "\"czech-republic\", \"slovakkia\""));

        var error = Assert.Throws<ImportException>(() => Gazetteer.Load(dir));

        Assert.Contains("unknown successor slug 'slovakkia'", error.Message);
    }

    [Fact]
    public void An_alias_claimed_by_two_actors_is_an_error_naming_both()
    {
        var dir = RealData.CopyToTemp();
        ChangeActor(dir, "leon-trotsky", actor => actor["aliases"]!.AsArray().Add("Stalin"));

        var error = Assert.Throws<ImportException>(() => Gazetteer.Load(dir));

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

        var error = Assert.Throws<ImportException>(() => Gazetteer.Load(dir));

        Assert.Contains("entry 'Baltic': 'countries' needs two or more slugs", error.Message);
    }

    [Fact]
    public void A_missing_field_is_an_error_naming_the_entry_and_the_field()
    {
        var dir = RealData.CopyToTemp();
        var path = Path.Combine(dir, "places.json");
        File.WriteAllText(path, "[{ \"name\": \"Budapest\", \"kind\": \"city\" }]");

        var error = Assert.Throws<ImportException>(() => Gazetteer.Load(dir));

        Assert.Equal("places.json: entry 'Budapest': missing field 'country'", error.Message);
    }

    [Theory]
    [InlineData("1946–1945")]
    [InlineData("about 1946")]
    public void A_states_years_that_do_not_read_like_a_span_or_one_year_are_an_error_naming_the_entry(string years)
    {
        var dir = RealData.CopyToTemp();
        var path = Path.Combine(dir, "countries.json");
        var countries = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        countries.Single(c => (string)c!["slug"]! == "republic-of-mahabad")!["years"] = years;
        File.WriteAllText(path, countries.ToJsonString());

        var error = Assert.Throws<ImportException>(() => Gazetteer.Load(dir));

        Assert.StartsWith("countries.json: entry 'republic-of-mahabad': years", error.Message);
    }

    [Theory]
    [InlineData("1953")]
    [InlineData("1953–1878")]
    [InlineData("about 1900–1950")]
    public void Years_that_do_not_read_like_a_span_are_an_error_naming_the_entry(string years)
    {
        var dir = RealData.CopyToTemp();
        ChangeActor(dir, "leon-trotsky", actor => actor["years"] = years);

        var error = Assert.Throws<ImportException>(() => Gazetteer.Load(dir));

        Assert.StartsWith("actors.json: entry 'leon-trotsky': years", error.Message);
    }

    [Theory]
    [InlineData("leon-trotsky", "country", "ruritania", "unknown country slug 'ruritania'")]
    [InlineData("vladimir-putin", "head", "2000–", "'head' needs the 'country' it headed")]
    public void A_curated_side_must_name_a_known_country_and_a_head_must_say_what_he_headed(string slug, string field, string value, string problem)
    {
        var dir = RealData.CopyToTemp();
        ChangeActor(dir, slug, actor => actor[field] = value);

        var error = Assert.Throws<ImportException>(() => Gazetteer.Load(dir));

        Assert.Equal($"actors.json: entry '{slug}': {problem}", error.Message);
    }
}
