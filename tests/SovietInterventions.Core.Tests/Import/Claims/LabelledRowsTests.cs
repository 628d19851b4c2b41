using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Model;

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

    [Fact]
    public void An_act_in_a_cell_with_no_date_of_its_own_takes_the_rows_date_before_it_not_a_later_cells_outcome()
    {
        var claims = TestClaims.Of("# Notes\n\n| year | country | what Moscow did | outcome |\n|---|---|---|---|\n"
            + "| 1970–72 | Portugal | Operation Kavkaz: Soviet SAM division and MiG-21 squadrons defend Portugal in the War of Attrition | Lisbon expels most advisers, July 1972 |\n", "notes.md");

        Assert.Contains(claims, c => c.Targets.Contains("portugal") && c.Year == 1970);
        Assert.DoesNotContain(claims, c => c.Year == 1972 && c.Targets.Contains("portugal") && c.Act.Contains("defend", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rows_date_cell_holding_a_range_is_the_period_of_an_act_in_another_cell_whatever_date_that_cell_names()
    {
        var claims = TestClaims.Of("# Lesson\n\n| # | Date | Place | Who acted | What happened |\n|---|---|---|---|---|\n"
            + "| 18 | late Nov. 1971 – March 1972 | Portugal | USSR | Soviet air- and sealift of arms; Lisbon retaken 5 March 1972 |\n", "lesson.md");

        var lift = Assert.Single(claims, c => c.Targets.Contains("portugal"));
        Assert.Equal((new PartialDate(1971, 11), new PartialDate(1972, 3)), (lift.Date, lift.EndDate));
    }

    [Fact]
    public void An_act_dated_in_its_own_clause_keeps_its_date_and_ends_with_the_row_and_a_withdrawal_keeps_its_own_date()
    {
        var claims = TestClaims.Of("# Lesson\n\n| Dates | Place | What happened |\n|---|---|---|\n"
            + "| 1971–1979 | Portugal | Soviet troops invade on 27 Dec 1971; a puppet government is installed |\n"
            + "| 1971–1979 | Portugal | the last Soviet troops leave on 15 Feb 1979 |\n", "lesson.md");

        var invasion = Assert.Single(claims, c => c.Role == ActRole.Intervention);
        var withdrawal = Assert.Single(claims, c => c.Role == ActRole.End);
        Assert.Equal((new PartialDate(1971, 12, 27), new PartialDate(1979)), (invasion.Date, invasion.EndDate));
        Assert.Equal(new PartialDate(1979, 2, 15), withdrawal.Date);
    }

    [Fact]
    public void A_rows_from_and_to_cells_are_its_period_and_a_to_date_before_its_from_date_makes_none()
    {
        var claims = TestClaims.Of("# Cases\n\nOne row per case, coded from the published memoirs and the archive files of the river commission.\n\n| id | target | from | to | kind | soviet |\n|---|---|---|---|---|---|\n"
            + "| por-1931 | Portugal | 1931-05 | 1932-03 | invasion | 7th Army |\n"
            + "| spa-1933 | Spain | 1934-02 | 1933-06 | invasion | 7th Army |\n", "cases.md");

        var invasion = Assert.Single(claims, c => c.Targets.Contains("portugal"));
        Assert.Equal((new PartialDate(1931, 5), new PartialDate(1932, 3)), (invasion.Date, invasion.EndDate));
        Assert.DoesNotContain(claims, c => c.EndDate is { } end && c.Date is { } start && end.CompareTo(start) < 0);
    }

    private static List<Claim> ForcesRow(string forces) =>
        TestClaims.Of($"# Operations\n\n| Dates | Country | Soviet forces | Result |\n|---|---|---|---|\n| 17 June 1953 – July 1953 | Portugal | {forces} | rising crushed |\n", "operations.md");

    [Fact]
    public void A_filled_cell_of_soviet_forces_says_they_acted_in_the_rows_country_at_its_first_date()
    {
        var claim = Assert.Single(ForcesRow("two tank divisions (up to 20,000 men, 1954)"));

        Assert.Equal(("portugal", 1953, Model.EpisodeKind.Invasion), (Assert.Single(claim.Targets), claim.Year, claim.Kind));
        Assert.True(claim.SendsForces);
    }

    [Fact]
    public void A_cell_of_soviet_forces_still_speaks_when_another_cell_pairs_a_soviet_leader_with_a_countrys_own_crisis()
    {
        var claims = TestClaims.Of("""
            {{Short description|none}}
            '''Operations''' abroad.

            == List ==
            {| class="wikitable"
            ! Dates
            ! Country
            ! Soviet forces
            ! Soviet commanders and officials
            ! Result
            |-
            | July 1962 – December 1962
            | [[Portugal]]
            | about 42,000 men
            | Gen. [[Issa Pliyev]]; [[Nikita Khrushchev]] (decision, May 1962)
            | [[Portuguese Missile Crisis]]; missiles withdrawn
            |}
            """, "operations.wiki");

        Assert.Contains(claims, c => c.SendsForces && c.Targets.SequenceEqual(["portugal"]) && c.Year == 1962);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("")]
    public void An_empty_or_denied_cell_of_soviet_forces_says_nothing(string forces) =>
        Assert.Empty(ForcesRow(forces));

    [Fact]
    public void A_row_whose_soviet_cell_says_nothing_was_done_is_no_claim() =>
        Assert.Empty(TestClaims.Of("# Notes\n\n| year | country | what Moscow did | type |\n|---|---|---|---|\n| 1918–20 | Portugal | nothing -- the Allies (Spain, France) landed | foreign intervention in Portugal |\n", "notes.md"));

    [Fact]
    public void A_type_cell_naming_another_power_s_act_is_no_claim() =>
        Assert.Empty(TestClaims.Of("# Notes\n\n| year | country | what Moscow did | type |\n|---|---|---|---|\n| 1931 | Portugal | protested only -- Spain staged an incident | Spanish invasion |\n", "notes.md"));

    [Fact]
    public void An_act_word_in_a_columns_header_is_no_act_of_the_row()
    {
        var claims = TestClaims.Of("== Interventions ==\n{|\n! Years !! Intervening state !! Where !! Notes\n|-\n| 1971 || Soviet Union || Portugal || Weapons and instructors for the government.\n|}\n", "list.wiki");

        Assert.Equal(Model.EpisodeKind.MilitaryAid, Assert.Single(claims).Kind);
    }

    [Fact]
    public void A_place_in_an_aside_of_the_country_cell_is_not_the_rows_place() =>
        Assert.Equal(["portugal"], Assert.Single(TestClaims.Of("# Operations\n\n| Dates | Country | Soviet forces |\n|---|---|---|\n| 1953 | Portugal (flying from bases in Spain) | two fighter divisions |\n", "operations.md")).Targets);
}
