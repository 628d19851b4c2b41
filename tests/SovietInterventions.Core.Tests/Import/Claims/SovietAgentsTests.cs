using SovietInterventions.Core.Import.Claims;

namespace SovietInterventions.Core.Tests.Import.Claims;

public sealed class SovietAgentsTests
{
    [Fact]
    public void Curated_actors_of_an_intervener_are_agents_with_their_aliases()
    {
        var folder = Directory.CreateTempSubdirectory("soviet-agents-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "countries.json"),
                """[ { "slug": "ruritania", "intervener": true }, { "slug": "freedonia" } ]""");
            File.WriteAllText(Path.Combine(folder, "actors.json"),
                """
                [ { "slug": "ivan-orlov", "name": "Ivan Orlov", "aliases": ["Orlov"], "country": "ruritania" },
                  { "slug": "jan-kowal", "name": "Jan Kowal", "aliases": ["Kowal"], "country": "freedonia" },
                  { "slug": "a-body", "name": "Grand Council", "aliases": [] } ]
                """);
            Assert.Equal(["Ivan Orlov", "Orlov"], SovietAgents.NamesIn(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_folder_without_actors_gives_no_agents()
    {
        var folder = Directory.CreateTempSubdirectory("soviet-agents-").FullName;
        try
        {
            Assert.Empty(SovietAgents.NamesIn(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_reviewed_rules_take_soviet_leaders_and_bodies_as_agents()
    {
        var rules = ClaimRules.Load(RealData.Directory);
        Assert.Equal("Molotov", Assert.Single(rules.Agents.Find("Molotov handed over the note")).Text);
        Assert.Equal("Politburo", Assert.Single(rules.Agents.Find("the Politburo decided")).Text);
        Assert.Equal("40th Army", Assert.Single(rules.Agents.Find("the 40th Army crossed")).Text);
    }
}
