using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Tests.Import.Episodes;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>A table row handed on as one line of unlabelled cells (years; who; where; what): the "who" cell acts in the "what" cell, in the "where" cell's country.</summary>
public sealed class ColumnRowsTests
{
    private const string Header = "== Table ==\n{| class=\"wikitable\"\n! Years !! Who !! Where !! Notes\n|-\n";

    private static List<Claim> Row(string cells) => TestClaims.Of($"{Header}| {cells}\n|}}\n", "list.wiki");

    [Fact]
    public void The_agent_of_the_who_cell_does_the_act_of_the_notes_cell_in_the_where_cells_country()
    {
        var claim = Assert.Single(Row("1971–1975 || Soviet Union || Portugal || Weapons and instructors for the government."));
        Assert.Equal(("Soviet Union", EpisodeKind.MilitaryAid, "portugal", 1971, 1975), (claim.Agent, claim.Kind, Assert.Single(claim.Targets), claim.Year, claim.LastYear));
        Assert.True(claim.InRow);
        Assert.Equal(ClaimForm.Statement, claim.Form);
    }

    [Fact]
    public void A_row_whose_who_cell_names_another_power_makes_no_claim() =>
        Assert.Empty(Row("1971–1975 || United States || Portugal || Weapons and instructors for the government."));

    [Fact]
    public void Cells_split_by_semicolons_in_prose_with_no_cell_of_years_are_no_row() =>
        Assert.Empty(TestClaims.Of("# Notes\n\nThe talks failed; the Soviet Union; Portugal; weapons were discussed.\n", "notes.md"));

    [Fact]
    public void A_rows_key_and_its_end_cell_give_the_period_of_the_act_a_spreadsheet_row_states()
    {
        var csv = "year_start,year_end,intervener,target,type\n1965,1973,USSR,North Vietnam,air defence specialists\n";

        var claim = Assert.Single(TestClaims.Of(csv, "interventions.csv"));

        Assert.Equal(("north-vietnam", 1965, 1973), (Assert.Single(claim.Targets), claim.Year, claim.LastYear));
    }

    [Fact]
    public void A_rows_key_is_a_cell_of_its_own_before_a_label_of_two_words() =>
        Assert.Equal(["hungary"], Assert.Single(TestClaims.Of("year_start,end year,intervener,target,type\n1956,1956,USSR,Hungary,invasion\n",
            "interventions.csv")).Targets);

    [Fact]
    public void One_row_of_aid_in_a_single_year_is_strong_enough_for_its_episode()
    {
        var wiki = $"== Table ==\n{{| class=\"wikitable\"\n! Years !! Who !! Where !! Notes\n|-\n| 1971 || Soviet Union || Portugal || Weapons and instructors for the government.\n|}}\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("list.wiki", wiki)).Episodes);
        Assert.Equal((1971, 1971), (episode.Draft.StartYear, episode.Draft.EndYear));
    }
}
