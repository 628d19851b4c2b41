using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>Troops stationed in a country are a deployment of forces; only the words of occupation make an occupation.</summary>
public sealed class StationedForcesTests
{
    [Theory]
    [InlineData("In 1971 the Soviet Union stationed troops in Portugal under a treaty.")]
    [InlineData("In 1971 Moscow agreed to station troops in Portugal.")]
    public void Stationing_troops_is_a_deployment_not_an_occupation(string sentence)
    {
        var claim = Assert.Single(TestClaims.Of($"# Notes\n\n{sentence}\n", "notes.md"));
        Assert.Equal((EpisodeKind.MilitaryAid, true), (claim.Kind, claim.SendsForces));
    }

    [Fact]
    public void Troops_stationed_in_an_occupation_are_an_occupation_when_the_text_says_so() =>
        Assert.Contains(TestClaims.Of("# Notes\n\nIn 1971 the Soviet Union occupied Portugal and stationed troops there.\n", "notes.md"), c => c.Kind == EpisodeKind.Occupation);
}
