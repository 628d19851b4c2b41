using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>A table's own verdict on each row ("USSR involved?", "Intervention (y/n)", a ✗ in the first cell), on tiny tables written here.</summary>
public sealed class RowVerdictsTests
{
    private static readonly RowVerdicts Verdicts = new(ClaimRules.Load(RealData.Directory).Rows);

    private static List<Claim> Claims(string header, string row) =>
        TestClaims.Of($"# Class notes\n\n{header}\n{string.Concat(header.Count(c => c == '|') - 1 is var n and > 0 ? Enumerable.Repeat("|---", n) : [])}|\n{row}\n", "notes.md");

    [Theory]
    [InlineData("1965 — Where: Laos; USSR involved?: no — a rumour", "No")]
    [InlineData("1965 — Where: Laos; Intervention (y/n): n", "No")]
    [InlineData("1965 — Where: Laos; Soviet intervention?: None at all", "No")]
    [InlineData("1965 — Where: Laos; Soviet intervention?: YES (pilots)", "Yes")]
    [InlineData("1965 ✗ — Where: Laos; What Moscow did: pilots", "No")]
    [InlineData("1965 ✓ — Where: Laos; What Moscow did: pilots", "Yes")]
    [InlineData("1965 — Where: Laos; Soviet intervention?: disputed", "None")]
    [InlineData("1965 — Where: Laos; Outcome: no winner", "None")]
    public void A_rows_verdict_is_the_answer_in_its_verdict_cell_or_the_mark_in_its_first_cell(string row, string verdict)
    {
        Assert.Equal(Enum.Parse<RowVerdict>(verdict), Verdicts.Of(row));
    }

    [Fact]
    public void A_no_in_the_verdict_column_vetoes_the_act_its_row_states()
    {
        const string header = "| Year | Place | What Moscow did | USSR involved? |";
        Assert.Empty(Claims(header, "| 1961 | Laos | Soviet pilots flew supplies to the neutralists | no — only rumours |"));
        Assert.Single(Claims(header, "| 1961 | Laos | Soviet pilots flew supplies to the neutralists | yes |"));
    }

    [Fact]
    public void A_yes_or_no_header_with_y_and_n_answers_is_a_verdict_column()
    {
        const string header = "| Year | Place | What happened | Intervention (y/n) |";
        Assert.Empty(Claims(header, "| 1957 | Syria | Soviet warships sailed into Latakia and troops moved towards the border | n |"));
        Assert.NotEmpty(Claims(header, "| 1957 | Syria | Soviet warships sailed into Latakia and troops moved towards the border | y |"));
    }

    [Fact]
    public void A_verdict_label_is_a_question_and_a_claim_only_when_its_cell_says_yes()
    {
        const string header = "| Year | Place | Event | Soviet intervention? |";
        Assert.Empty(Claims(header, "| 1962 | Yemen | a trade fair in Aden | unclear |"));
        var confirmed = Assert.Single(Claims(header, "| 1962 | Yemen | pilots and transport planes | YES |"));
        Assert.Equal(["yemen"], confirmed.Targets);
    }

    [Fact]
    public void A_yes_under_a_soviet_intervention_label_says_the_soviet_side_intervened_and_the_rows_cells_say_how()
    {
        const string header = "| Date | Place | Who acted | What happened | Soviet intervention? |";
        var aid = Assert.Single(Claims(header, "| Feb. 1962 | Yemen | USSR (Kosygin) | Kosygin in Sanaa when British bombing begins; agrees transport planes and specialists for Yemen | **YES** — start of the mission |"));
        var stay = Assert.Single(Claims(header, "| Nov 1945 | Iran | USSR | troops stay past the deadline | **YES** |"));

        Assert.Equal(["yemen"], aid.Targets);
        Assert.Equal(EpisodeKind.MilitaryAid, aid.Kind);
        Assert.Equal(EpisodeKind.Occupation, stay.Kind);
    }

    [Theory]
    [InlineData("| date | where | what Moscow did | verdict |")]
    [InlineData("| date | where | what Moscow did | Soviet? |")]
    public void A_row_its_verdict_cell_marks_yes_states_an_intervention_in_its_place_and_years_though_no_act_word_says_what(string header)
    {
        var affirmed = Assert.Single(Claims(header, "| Nov 1945 – May 1946 | Iran (Azerbaijan, Kurdistan) | troops stay past deadline, shield the ADP govt | YES |"));
        Assert.Equal(["iran"], affirmed.Targets);
        Assert.Equal((1945, 1946), (affirmed.Year, affirmed.LastYear));
        Assert.Equal(EpisodeKind.Occupation, affirmed.Kind);
        Assert.True(affirmed.InRow);

        Assert.Empty(Claims(header, "| Nov 1945 – May 1946 | Iran (Azerbaijan, Kurdistan) | troops stay past deadline, shield the ADP govt | no – a crisis |"));
        // A row telling an ending tells no new act.
        Assert.DoesNotContain(Claims(header, "| 1989 | Afghanistan | last troops leave | yes |"), c => c.Role == ActRole.Intervention);
    }

    [Fact]
    public void A_cross_opening_a_cell_marks_the_row_as_no_intervention()
    {
        const string header = "| year | target | Soviet action | type |";
        Assert.Empty(Claims(header, "| 1957 | Syria | ✗ Soviet troops invaded the north | invasion |"));
        Assert.Single(Claims(header, "| 1957 | Syria | Soviet troops invaded the north | invasion |"));
    }

    [Fact]
    public void A_column_of_the_acts_kind_states_the_act_when_the_soviet_sides_column_names_none()
    {
        const string header = "| year | target | Soviet action | type | outcome |";
        var claim = Assert.Single(Claims(header, "| 1929 | China (Manchuria, the CER) | ODVA under Blyukher -> Sungari + Manzhouli ops | punitive invasion | status quo |"));
        Assert.Equal(["china"], claim.Targets);
        Assert.Equal(EpisodeKind.Invasion, claim.Kind);
        Assert.Equal(1929, claim.Year);

        Assert.Empty(Claims("| year | target | action | type | outcome |", "| 1929 | China (Manchuria, the CER) | railway seized by Zhang | punitive invasion | status quo |"));
    }

    [Fact]
    public void A_cross_in_a_rows_first_cell_marks_it_as_no_intervention()
    {
        const string header = "| When | Where | What the USSR did |";
        Assert.Empty(Claims(header, "| 1957 ✗ | Syria | invaded the north |"));
        Assert.Single(Claims(header, "| 1957 | Syria | invaded the north |"));
    }

    [Fact]
    public void Verdict_headers_without_their_answers_are_an_error_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("claim-rules-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(RealData.Directory, "*.json")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            var rules = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "claim-rules.json")))!;
            rules["tableRows"] = new System.Text.Json.Nodes.JsonObject { ["verdictHeaders"] = new System.Text.Json.Nodes.JsonArray("intervention") };
            File.WriteAllText(Path.Combine(folder, "claim-rules.json"), rules.ToJsonString());
            var error = Assert.Throws<ImportException>(() => ClaimRules.Load(folder));
            Assert.Contains("claim-rules.json", error.Message);
            Assert.Contains("tableRows", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<Claim> Spreadsheet(params string[] rows) =>
        TestClaims.Of(string.Join("\n", ["id,date_start,date_end,actor,target,event,category,soviet_intervention,comment", .. rows]) + "\n", "timeline.csv");

    [Fact]
    public void A_spreadsheets_soviet_intervention_column_of_y_and_n_is_a_verdict_column()
    {
        Assert.Empty(Spreadsheet("9,1948-06-28,,USSR,Yugoslavia,Cominform expels Yugoslavia,crisis,N,threats only"));
        Assert.Empty(Spreadsheet("6,1945-02-04,1945-02-11,\"USSR, USA, UK\",,Yalta conference,conference,N,no intervention"));
        Assert.NotEmpty(Spreadsheet("21,1970-03,1972-07,USSR,Egypt,Soviet air-defence units deployed,intervention,Y,"));
    }

    [Fact]
    public void A_rows_date_start_and_date_end_cells_are_its_period()
    {
        var claim = Assert.Single(Spreadsheet("21,1970-03,1972-07,USSR,Egypt,Soviet air-defence units deployed,intervention,Y,"));
        Assert.Equal((1970, 1972), (claim.Date!.Value.Year, claim.EndDate!.Value.Year));
    }

    [Fact]
    public void A_row_marked_yes_states_the_act_it_names()
    {
        var claim = Assert.Single(Spreadsheet("29,1979-12-25,1989-02-15,USSR,Afghanistan,Soviet-Afghan War,war,Y,"));
        Assert.Equal(ClaimForm.Statement, claim.Form);
        Assert.Equal(ClaimForm.Name, Assert.Single(Spreadsheet("29,1979-12-25,1989-02-15,USSR,Afghanistan,Soviet-Afghan War,war,,")).Form);
    }

    [Fact]
    public void A_column_named_by_a_noun_alone_holds_a_verdict_only_where_a_cell_is_one_answer()
    {
        var claims = TestClaims.Of("year,country,intervention\n1968,Czechoslovakia,\"No warning given: Soviet troops invaded on 21 August 1968\"\n", "events.csv");
        Assert.Contains(claims, c => c.Targets.Contains("czechoslovakia"));
    }
}
