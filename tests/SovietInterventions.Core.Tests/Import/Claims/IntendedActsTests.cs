namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>An act the Soviet side only promised or threatened ("agreed to withdraw", "threatened to invade") is not done: no claim.</summary>
public sealed class IntendedActsTests
{
    [Theory]
    [InlineData("In July 1971 the Soviets promised to withdraw their armed forces from Portugal.")]
    [InlineData("In July 1971 Moscow threatened to invade Portugal.")]
    [InlineData("In July 1971 the Soviet Union pledged to occupy Portugal.")]
    [InlineData("In July 1971 Moscow promised to enter the war against Portugal.")]
    public void A_promised_or_threatened_act_makes_no_claim(string sentence) =>
        Assert.Empty(TestClaims.Of($"# Notes\n\n{sentence}\n", "notes.md"));

    [Theory]
    [InlineData("In July 1971 the Soviets withdrew their armed forces from Portugal.")]
    [InlineData("In July 1971 Moscow invaded Portugal.")]
    [InlineData("In July 1971 Moscow promised to help and then invaded Portugal.")]
    public void The_same_act_done_is_a_claim(string sentence) =>
        Assert.Single(TestClaims.Of($"# Notes\n\n{sentence}\n", "notes.md"));

    [Fact]
    public void Armed_forces_are_no_act_of_arming() =>
        Assert.Equal(Model.EpisodeKind.Invasion, Assert.Single(TestClaims.Of("# Notes\n\nIn July 1971 Soviet armed forces invaded Portugal.\n", "notes.md")).Kind);
}
