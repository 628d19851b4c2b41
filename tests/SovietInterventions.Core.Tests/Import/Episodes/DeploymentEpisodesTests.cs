using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Episodes;

/// <summary>Soviet forces sent to a country or defending it: a military deployment makes an episode from one sentence, as an invasion does.</summary>
public sealed class DeploymentEpisodesTests
{
    [Theory]
    [InlineData("In 1971 the Soviet Union deployed troops to Portugal.")]
    [InlineData("In 1971 the Soviet Union sent troops to Portugal.")]
    [InlineData("In May 1971 Soviet troops landed in Portugal.")]
    [InlineData("In 1971 Soviet troops defended Portugal.")]
    [InlineData("In 1971 Soviet troops fought the invaders in Portugal.")]
    public void One_sentence_sending_soviet_forces_is_a_military_deployment(string sentence)
    {
        var episode = Assert.Single(EpisodeBuilderTests.Import(("n.md", $"# Notes\n\n{sentence}\n")).Episodes);
        Assert.Equal((1971, EpisodeKind.MilitaryAid), (episode.Draft.StartYear, episode.Facts.Kind));
    }

    [Theory]
    [InlineData("In 1971 the Soviet Union sent military advisers to Portugal.")]
    [InlineData("In 1971 Soviet military advisers arrived in Portugal.")]
    public void One_sentence_of_advisers_sent_is_still_too_weak_for_an_episode(string sentence) =>
        Assert.Empty(EpisodeBuilderTests.Import(("n.md", $"# Notes\n\n{sentence}\n")).Episodes);
}
