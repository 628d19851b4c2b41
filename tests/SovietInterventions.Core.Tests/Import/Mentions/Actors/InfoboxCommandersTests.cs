namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

/// <summary>Commanders named only in a wiki infobox are actors of the episode the article tells.</summary>
public sealed class InfoboxCommandersTests
{
    private const string Article = """
        {{Infobox military conflict
        | conflict   = Soviet advisers in Egypt
        | date       = 1968 – 1970
        | combatant1 = {{flag|Soviet Union}}<br>{{flag|Egypt}}
        | combatant2 = {{flag|Israel}}
        | commander1 = [[Gamal Abdel Nasser]]<br>Major General Anton Varga
        | commander2 = [[Moshe Dayan]]
        }}

        The '''Soviet advisers in Egypt''' were the Soviet air-defence units deployed to Egypt from 1969 to 1970.

        == Background ==
        Egypt had lost its air force in 1967.

        == Deployment ==
        In January 1970 the Soviet Union deployed missile crews and pilots to Egypt.
        """;

    [Fact]
    public void Infobox_commanders_are_actors_of_the_episode_with_their_side()
    {
        var model = TestImport.Of(("advisers.wiki", Article));

        var egypt = Assert.Single(model.Episodes, e => e.Draft.Targets.Contains("egypt"));
        var roles = egypt.Facts.Actors.ToDictionary(a => a.Mention.Name, a => a.Role);
        Assert.Equal("Soviet commander", roles.GetValueOrDefault("Anton Varga"));
        Assert.True(roles.ContainsKey("Gamal Abdel Nasser"));
        Assert.DoesNotContain("Soviet", roles.GetValueOrDefault("Gamal Abdel Nasser") ?? "", StringComparison.Ordinal);
    }
}
