namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>Land named by the adjective of a Soviet republic ("the western Ukrainian lands") was taken from another state: that state is the target.</summary>
public sealed class AnnexedLandsTests
{
    [Fact]
    public void Annexed_lands_named_for_a_soviet_republic_are_a_place_of_the_state_they_were_taken_from() =>
        Assert.Equal(["poland"], Assert.Single(TestClaims.Of("# Notes\n\nIn November 1939 the USSR annexed the western Ukrainian lands.\n", "notes.md")).Targets);
}
