namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>An act the Soviet side only promised, threatened or might do ("threatened to invade", "may send troops") is not done: no claim.</summary>
public sealed class IntendedActsTests
{
    [Theory]
    [InlineData("In July 1971 the Soviets promised to withdraw their armed forces from Portugal.")]
    [InlineData("In July 1971 Moscow threatened to invade Portugal.")]
    [InlineData("In July 1971 the Soviet Union pledged to occupy Portugal.")]
    [InlineData("In July 1971 Moscow promised to enter the war against Portugal.")]
    [InlineData("In 1971 there were very real fears of a Soviet invasion of Portugal.")]
    [InlineData("In July 1971 the threat of Soviet intervention in Portugal grew.")]
    [InlineData("In July 1971 we saw no sign that Soviet units intend to cross into Portugal.")]
    public void A_promised_or_threatened_act_makes_no_claim(string sentence) =>
        Assert.Empty(TestClaims.Of($"# Notes\n\n{sentence}\n", "notes.md"));

    [Theory]
    [InlineData("Under the 1971 treaty Moscow may send troops into Portugal if a third power threatens it.")]
    [InlineData("In July 1971 the Soviet Union might soon invade Portugal.")]
    [InlineData("In July 1971 Portugal could be occupied by Soviet forces.")]
    [InlineData("In August 1969 Soviet diplomats sounded out colleagues about a \"surgical\" strike on Portugal.")]
    [InlineData("In 1971 Britain feared the proposed wording could justify a Soviet intervention in Portugal.")]
    public void An_act_only_possible_or_talked_about_makes_no_claim(string sentence) =>
        Assert.Empty(TestClaims.Of($"# Notes\n\n{sentence}\n", "notes.md"));

    [Fact]
    public void An_appeal_that_would_justify_an_invasion_leaves_the_invasion_done() =>
        Assert.Single(TestClaims.Of("# Notes\n\nMoscow staged an appeal for help that would justify the invasion of Portugal by Soviet troops in August 1971.\n", "notes.md"));

    [Fact]
    public void The_month_of_May_is_no_modal() =>
        Assert.Single(TestClaims.Of("# Notes\n\nIn May 1971 Soviet troops entered Portugal.\n", "notes.md"));

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
