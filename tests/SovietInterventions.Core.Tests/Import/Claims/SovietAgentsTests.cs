using System.Text.Json.Nodes;
using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Claims;

public sealed class SovietAgentsTests
{
    // A copy of data/ whose actors are two people of our own, one of an intervener and one of a state that is none.
    private static Gazetteer WithActors(Func<string, string, string> actors)
    {
        var dir = RealData.CopyToTemp();
        var countries = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "countries.json")))!.AsArray();
        string SlugOf(bool intervener) => (string)countries.First(c => ((bool?)c!["intervener"] ?? false) == intervener)!["slug"]!;
        File.WriteAllText(Path.Combine(dir, "actors.json"), actors(SlugOf(true), SlugOf(false)));
        return Gazetteer.Load(dir);
    }

    [Fact]
    public void Curated_actors_of_an_intervener_are_agents_with_their_aliases()
    {
        var gazetteer = WithActors((intervener, other) => $$"""
            [ { "slug": "ivan-orlov", "name": "Ivan Orlov", "type": "Person", "aliases": ["Orlov"], "country": "{{intervener}}" },
              { "slug": "jan-kowal", "name": "Jan Kowal", "type": "Person", "aliases": ["Kowal"], "country": "{{other}}" },
              { "slug": "grand-council", "name": "Grand Council", "type": "Organization" } ]
            """);

        Assert.Equal(["Ivan Orlov", "Orlov"], SovietAgents.NamesIn(gazetteer));
    }

    [Fact]
    public void A_gazetteer_without_actors_of_an_intervener_gives_no_agents()
    {
        var gazetteer = WithActors((_, other) => $$"""[ { "slug": "jan-kowal", "name": "Jan Kowal", "type": "Person", "country": "{{other}}" } ]""");

        Assert.Empty(SovietAgents.NamesIn(gazetteer));
    }

    [Fact]
    public void The_reviewed_rules_take_soviet_leaders_and_bodies_as_agents()
    {
        var rules = EpisodeRules.Load(RealData.Directory, RealData.Gazetteer).Claims;
        Assert.Equal("Molotov", Assert.Single(rules.Agents.Find("Molotov handed over the note")).Text);
        Assert.Equal("Politburo", Assert.Single(rules.Agents.Find("the Politburo decided")).Text);
        Assert.Equal("40th Army", Assert.Single(rules.Agents.Find("the 40th Army crossed")).Text);
    }
}
