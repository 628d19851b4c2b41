using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Tests.Import.Episodes;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>Forces called the last ones ("the last Soviet soldier crossed …") are leaving: their crossing ends the act.</summary>
public sealed class LastForcesTests
{
    [Theory]
    [InlineData("On 3 May 1975 the last Soviet troops crossed the river out of Portugal.")]
    [InlineData("On 3 May 1975 a general crossed the river, the last Soviet soldier to leave Portugal.")]
    public void A_crossing_by_the_last_forces_is_an_ending(string sentence)
    {
        var claim = Assert.Single(TestClaims.Of($"# Notes\n\n{sentence}\n", "notes.md"));
        Assert.Equal((ActRole.End, 1975), (claim.Role, claim.Year));
    }

    [Fact]
    public void A_crossing_by_forces_not_called_the_last_is_still_an_entry() =>
        Assert.Equal(ActRole.Intervention, Assert.Single(TestClaims.Of("# Notes\n\nOn 3 May 1975 Soviet troops crossed the river into Portugal.\n", "notes.md")).Role);

    [Fact]
    public void The_last_forces_in_another_clause_leave_the_act_an_entry() =>
        Assert.Equal(ActRole.Intervention, Assert.Single(TestClaims.Of(
            "# Notes\n\nIn 1968 Soviet troops invaded Portugal: the army fought the rebels; a general led the last troops home.\n", "notes.md")).Role);

    [Fact]
    public void The_last_forces_crossing_out_end_the_episode_and_start_no_second_one()
    {
        var article = "An article\n\nIn March 1968 Soviet troops invaded Portugal.\n\n" +
            "On 3 May 1975 a general crossed the river, the last Soviet soldier to leave Portugal.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal((1968, 1975), (episode.Draft.StartYear, episode.Draft.EndYear));
    }
}
