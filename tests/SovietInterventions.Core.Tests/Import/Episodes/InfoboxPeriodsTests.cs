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

    [Fact]
    public void An_infobox_widens_only_the_episode_of_its_own_page_in_a_wiki_export()
    {
        var second = Article.Replace("Portugal", "Spain").Replace("November 1945 – May 1946", "March 1947").Replace("1946", "1947").Replace("Lisbon", "Madrid");
        var export = "<mediawiki>\n<page>\n<title>Portugal crisis</title>\n<revision><text>" + System.Security.SecurityElement.Escape(Article)
            + "</text></revision>\n</page>\n<page>\n<title>Spain crisis</title>\n<revision><text>" + System.Security.SecurityElement.Escape(second)
            + "</text></revision>\n</page>\n</mediawiki>\n";

        var episodes = EpisodeBuilderTests.Import(("atlas.xml", export)).Episodes.Select(e => e.Draft).ToList();

        var portugal = Assert.Single(episodes, e => e.Targets.Contains("portugal"));
        var spain = Assert.Single(episodes, e => e.Targets.Contains("spain"));
        Assert.Equal(("1945-11", 1946), (portugal.Start.ToIso(), portugal.EndYear));
        Assert.Equal((1947, 1947), (spain.StartYear, spain.EndYear));
    }
}
