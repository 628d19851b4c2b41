namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>A sentence that says an act did not happen ("no invasion followed") makes no claim.</summary>
public sealed class NegatedActsTests
{
    [Theory]
    [InlineData("In May 1971 Soviet units moved towards the capital of Portugal, but no invasion followed.")]
    [InlineData("In May 1971 Soviet units massed on the border of Portugal without an intervention.")]
    [InlineData("In May 1971 the Soviet Union never invaded Portugal.")]
    [InlineData("Neither the treaty of May 1971 nor the Soviet Union's naval visit to Portugal was an intervention in its own right.")]
    public void A_negated_act_noun_or_verb_makes_no_claim(string sentence) =>
        Assert.Empty(TestClaims.Of($"# Notes\n\n{sentence}\n", "notes.md"));

    [Theory]
    [InlineData("Nor do I treat the break with Moscow in 1972, when the president expelled Soviet advisers from Portugal.")]
    [InlineData("A second Soviet intervention in Portugal followed in 1974; I do not treat it here.")]
    [InlineData("Later Soviet border clashes in Portugal, such as the fighting of March 1974, are treated in separate articles.")]
    [InlineData("Some 1,500 Soviet advisers served with the army of Portugal. (That presence, 1969-77, deserves its own article.)")]
    [InlineData("The Soviet occupation of Portugal in 1971 is treated in a separate article.")]
    public void An_act_the_author_sets_aside_makes_no_claim(string sentence) =>
        Assert.Empty(TestClaims.Of($"# Notes\n\n{sentence}\n", "notes.md"));

    [Fact]
    public void A_paragraph_denying_an_act_in_a_place_and_year_takes_back_its_other_acts_there_and_then()
    {
        const string moved = "And Portugal, October 1971: Soviet tank columns did start moving towards Lisbon on 19 October, and the columns turned round.";
        Assert.Empty(TestClaims.Of($"# Notes\n\n{moved} The Soviets did NOT intervene in Portugal in 1971.\n", "notes.md"));
        Assert.Single(TestClaims.Of($"# Notes\n\n{moved} The Soviets did NOT intervene in Portugal in 1974.\n", "notes.md"));
        Assert.Single(TestClaims.Of($"# Notes\n\n{moved}\n\nThe Soviets did NOT intervene in Portugal in 1971.\n", "notes.md"));
        Assert.Single(TestClaims.Of($"# Notes\n\n{moved} The Soviets did not intervene in Portugal in force until December 1971.\n", "notes.md"));
    }

    [Theory]
    [InlineData("Unlike in Portugal, the Soviets did not intervene in Spain in 1971.")]
    [InlineData("The Soviets did not intervene in Spain in 1971, as they had in Portugal.")]
    [InlineData("Washington declined any intervention in Portugal in 1971, though it condemned the Soviet action.")]
    [InlineData("The Soviet Union did not annex Portugal in 1971.")]
    [InlineData("In 1971 the Soviets did not invade Portugal alone: Spanish troops entered from the east.")]
    public void A_denial_of_another_place_another_act_or_another_agent_takes_nothing_back(string denial) =>
        Assert.Contains(TestClaims.Of($"# Notes\n\nSoviet tanks entered Portugal on 4 November 1971. {denial}\n", "notes.md"), c => c.Targets.SequenceEqual(["portugal"]));

    [Fact]
    public void The_same_act_without_the_negator_is_a_claim() =>
        Assert.Single(TestClaims.Of("# Notes\n\nIn May 1971 Soviet units moved towards the capital of Portugal, and an invasion followed.\n", "notes.md"));

    [Fact]
    public void A_countrys_adjective_before_positions_names_an_enemy_force_not_the_target() =>
        Assert.Empty(Assert.Single(TestClaims.Of("# Notes\n\nIn 1971 the Red Army shelled the Portuguese positions.\n", "notes.md")).Targets);
}
