using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Entries;

public sealed class SovietActsTests
{
    private static readonly Core.Import.Claims.ClaimRules Rules = EpisodeRules.Load(RealData.Directory).Claims;

    [Theory]
    [InlineData("On 3 May the Red Army crossed into the duchy.", true)]
    [InlineData("On 3 May the duchy's revolt was quelled by Soviet tanks.", true)]
    [InlineData("On 3 May the duchy's parliament met to vote.", false)]
    public void A_sentence_involves_the_soviet_side_when_it_names_a_soviet_agent(string sentence, bool involves) =>
        Assert.Equal(involves, SovietActs.Involve(sentence, Rules));

    [Theory]
    [InlineData("1941–1949: Great War, formation of the bloc, the last years", "Great War")]
    [InlineData("The Cold War", "The Cold War")]
    [InlineData("1921–1940: Interwar period", null)]
    [InlineData("So was the leader preparing the war?", null)]
    public void A_heading_names_a_war_only_in_a_part_with_a_war_written_as_a_name(string heading, string? war) =>
        Assert.Equal(war, SovietActs.WarIn(heading, Rules));
}
