namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>An aid act whose clause ends at a colon is about where the elaboration after the colon says the aid arrived.</summary>
public sealed class ArrivalsTests
{
    [Fact]
    public void An_airlift_goes_where_the_elaboration_says_the_weapons_arrived() =>
        Assert.Equal(["ethiopia"], Assert.Single(TestClaims.Of(
            "# Notes\n\nIn November 1977 the Soviet Union launched an air- and sealift: aircraft shuttled through Aden, and by early 1978 the weapons had reached Ethiopia.\n",
            "notes.md"), c => c.Act == "sealift").Targets);

    [Fact]
    public void A_place_the_aid_only_passed_through_is_not_where_it_went() =>
        Assert.Empty(Assert.Single(TestClaims.Of(
            "# Notes\n\nIn November 1977 the Soviet Union launched an air- and sealift: aircraft shuttled through Aden for weeks.\n",
            "notes.md"), c => c.Act == "sealift").Targets);

    [Fact]
    public void A_place_after_the_next_semicolon_belongs_to_another_clause() =>
        Assert.Empty(Assert.Single(TestClaims.Of(
            "# Notes\n\nIn November 1977 the Soviet Union launched an airlift: it was vast; in 1979 Cuban troops reached Angola.\n",
            "notes.md"), c => c.Act == "airlift").Targets);
}
