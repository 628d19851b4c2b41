using SovietInterventions.Core.Import.Claims;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>Rows of labelled cells: a claim in one cell is about the place another cell names.</summary>
public sealed class LabelledRowsTests
{
    private static List<Claim> Row(string actor, string eventCell) =>
        TestClaims.Of($"# Timeline\n\n| Date | Actor | Event |\n|---|---|---|\n| 1965 | {actor} | {eventCell} |\n", "timeline.md");

    [Fact]
    public void A_country_before_a_weapons_type_designation_owns_the_weapon_and_is_not_the_rows_place()
    {
        var claims = Row("Soviet missile crews", "a battery shoots down a US F-4C near Hanoi");

        Assert.NotEmpty(claims);
        Assert.DoesNotContain(claims, c => c.Targets.Contains("united-states"));
    }

    [Fact]
    public void A_country_named_plainly_in_another_cell_is_the_rows_place()
    {
        Assert.Contains(Row("Soviet missile crews", "a battery fires near Hanoi in North Vietnam"), c => c.Targets.Contains("north-vietnam"));
    }
}
