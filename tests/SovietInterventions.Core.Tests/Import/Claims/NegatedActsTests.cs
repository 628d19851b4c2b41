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
    public void An_act_the_author_sets_aside_makes_no_claim(string sentence) =>
        Assert.Empty(TestClaims.Of($"# Notes\n\n{sentence}\n", "notes.md"));

    [Fact]
    public void The_same_act_without_the_negator_is_a_claim() =>
        Assert.Single(TestClaims.Of("# Notes\n\nIn May 1971 Soviet units moved towards the capital of Portugal, and an invasion followed.\n", "notes.md"));

    [Fact]
    public void A_countrys_adjective_before_positions_names_an_enemy_force_not_the_target() =>
        Assert.Empty(Assert.Single(TestClaims.Of("# Notes\n\nIn 1971 the Red Army shelled the Portuguese positions.\n", "notes.md")).Targets);
}
