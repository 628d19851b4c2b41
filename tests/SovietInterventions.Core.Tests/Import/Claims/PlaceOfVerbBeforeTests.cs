namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>An act naming no place goes on where its subject's verb just before it was ("appeared off a port, shelled the fort").</summary>
public sealed class PlaceOfVerbBeforeTests
{
    [Fact]
    public void An_act_with_no_place_after_it_is_done_where_the_verb_before_it_was() =>
        Assert.Equal("portugal", Assert.Single(Assert.Single(TestClaims.Of("# Notes\n\nOn 2 May 1921 the Red Army arrived off Lisbon, shelled the old fort and left.\n", "notes.md"),
            c => c.Act == "shelled").Targets));

    [Fact]
    public void A_place_further_back_in_the_clause_is_not_taken() =>
        Assert.Empty(Assert.Single(TestClaims.Of("# Notes\n\nOn 2 May 1921 the Red Army, having sailed past Lisbon for days in bad weather, shelled the old fort.\n", "notes.md"),
            c => c.Act == "shelled").Targets);

    [Fact]
    public void A_date_may_stand_between_the_verb_before_and_the_act() =>
        Assert.Equal("portugal", Assert.Single(TestClaims.Of("# Notes\n\nThe Red Army took Lisbon on 6 July 1921 and captured General Ruiz.\n", "notes.md")).Targets.Single());
}
