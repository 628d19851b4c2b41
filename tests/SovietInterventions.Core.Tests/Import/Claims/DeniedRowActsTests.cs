using SovietInterventions.Core.Import.Claims;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>Rows under a "What the USSR did" header that state no Soviet act: another agent's act, a negated act, an agreement.</summary>
public sealed class DeniedRowActsTests
{
    private static List<Claim> Row(string row) =>
        TestClaims.Of($"# Lesson cards\n\n| Year | Country | What the USSR did |\n|---|---|---|\n{row}\n", "cards.md");

    [Theory]
    [InlineData("| 1965 | Guatemala | US marines invade the capital |")]
    [InlineData("| 1953 | Iran | a CIA-backed coup topples the prime minister |")]
    [InlineData("| 1956 | Egypt | Britain and France invade the canal zone |")]
    public void An_act_cell_naming_another_agent_is_that_agents_act_not_the_headers(string row)
    {
        Assert.Empty(Row(row));
    }

    [Theory]
    [InlineData("| 1968 | Czechoslovakia | in Czechoslovakia the tanks crushed the reformers |", "czechoslovakia")]
    [InlineData("| 1956 | Hungary | Soviet troops crush the rising |", "hungary")]
    public void A_country_named_as_the_place_or_a_soviet_subject_leaves_the_act_soviet(string row, string target)
    {
        Assert.Equal([target], Assert.Single(Row(row)).Targets);
    }

    [Theory]
    [InlineData("| 1980 | Poland | no Soviet troops went in |")]
    [InlineData("| 1970 | Jordan | without Soviet intervention the king crushed the guerrillas |")]
    [InlineData("| 1981 | Poland | Soviet divisions did not invade |")]
    public void A_negated_agent_or_act_in_a_row_makes_no_claim(string row)
    {
        Assert.Empty(Row(row));
    }

    [Theory]
    [InlineData("In December 1981 no Soviet troops went into Ruritania.")]
    [InlineData("In 1981 Ruritania was not invaded by Soviet troops.")]
    public void A_negated_act_in_prose_makes_no_claim(string sentence)
    {
        Assert.Empty(TestClaims.Of($"# Ruritania\n\n{sentence}\n", "notes.md"));
    }

    [Fact]
    public void The_same_act_in_prose_without_a_negator_is_a_claim() =>
        Assert.Single(TestClaims.Of("# Ruritania\n\nIn December 1981 Soviet troops went into Ruritania.\n", "notes.md"));

    [Fact]
    public void An_agreement_in_the_acts_clause_makes_no_claim_but_an_act_in_another_clause_does()
    {
        Assert.Empty(Row("| 1945 | China | a treaty lets Soviet troops occupy the ports |"));
        Assert.Single(Row("| 1977 | Mozambique | a friendship treaty, then Soviet advisers train the army |"));
    }

    private static List<Claim> TimelineRow(string actor, string eventCell) =>
        TestClaims.Of($"# Timeline\n\n| Date | Actor | Event |\n|---|---|---|\n| 1983 | {actor} | {eventCell} |\n", "timeline.md");

    [Fact]
    public void A_row_whose_actor_column_names_another_power_gives_no_soviet_claim_even_for_a_soviet_act_in_it()
    {
        Assert.Empty(TimelineRow("Egypt", "Egyptian guns fire on the border and Soviet troops invade Libya"));
    }

    [Fact]
    public void A_row_whose_actor_column_names_the_soviet_side_keeps_its_claim()
    {
        Assert.Equal(["libya"], Assert.Single(TimelineRow("Soviet Union", "Egyptian guns fire on the border and Soviet troops invade Libya")).Targets);
    }
}
