using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>Planning or advising another army's offensive is military aid, not a Soviet act of force.</summary>
public sealed class AdvisedActsTests
{
    [Theory]
    [InlineData("In 1971 Soviet officers planned the Portuguese army's offensive in the south.")]
    [InlineData("In 1971 Soviet generals drew up the big Kestrel offensive against the rebels.")]
    public void An_offensive_of_another_army_that_soviet_officers_planned_is_military_aid(string sentence) =>
        Assert.Equal(EpisodeKind.MilitaryAid, Assert.Single(TestClaims.Of($"# Notes\n\n{sentence}\n", "notes.md")).Kind);

    [Fact]
    public void An_offensive_the_soviet_side_planned_for_itself_stays_an_invasion() =>
        Assert.Equal(EpisodeKind.Invasion, Assert.Single(TestClaims.Of("# Notes\n\nIn 1971 the Soviet Union planned the invasion of Portugal.\n", "notes.md")).Kind);
}
