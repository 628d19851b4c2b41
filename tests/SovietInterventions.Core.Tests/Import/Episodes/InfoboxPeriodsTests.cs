namespace SovietInterventions.Core.Tests.Import.Episodes;

/// <summary>A wiki infobox whose combatants are the Soviet side states the period of the conflict its article tells.</summary>
public sealed class InfoboxPeriodsTests
{
    private const string Article = """
        {{Infobox military conflict
        | conflict   = Portugal crisis
        | date       = November 1945 – May 1946
        | place      = northern Portugal
        | combatant1 = {{flagcountry|Soviet Union}}
        | combatant2 = Portugal
        }}
        The crisis was a confrontation in northern Portugal.

        ==Course==
        On 2 March 1946 Soviet armoured columns moved towards Lisbon.
        """;

    [Fact]
    public void The_episode_its_article_tells_widens_to_the_infobox_period()
    {
        var episode = Assert.Single(EpisodeBuilderTests.Import(("crisis.wiki", Article)).Episodes).Draft;

        Assert.Equal(("1945-11", 1946), (episode.Start.ToIso(), episode.EndYear));
    }

    [Fact]
    public void An_infobox_without_the_soviet_side_among_its_combatants_dates_nothing()
    {
        var episode = Assert.Single(EpisodeBuilderTests.Import(("crisis.wiki", Article.Replace("{{flagcountry|Soviet Union}}", "Spain"))).Episodes).Draft;

        Assert.Equal((1946, 1946), (episode.StartYear, episode.EndYear));
    }
}
