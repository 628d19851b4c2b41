using SovietInterventions.Core.Model;
using SovietInterventions.Core.Tests.Import.Episodes;

namespace SovietInterventions.Core.Tests.Import.Entries;

public sealed class EpisodeFactsTests
{
    private static Core.Import.Entries.EpisodeFacts Facts(string section) =>
        Assert.Single(EpisodeBuilderTests.Import(("a.wiki", $"= Interventions =\n\n{section}\n")).Episodes).Facts;

    [Fact]
    public void A_result_the_lead_already_says_is_not_repeated_in_the_infobox()
    {
        var facts = Facts("==== 1961: Albania ====\n\nIn March 1961 Soviet troops invaded Albania and the war ended in a Soviet victory.");

        Assert.Contains(facts.Lead, l => l.Text.Contains("victory", StringComparison.Ordinal));
        Assert.DoesNotContain(facts.Infobox, r => r.Field == InfoboxField.Result);
    }

    [Fact]
    public void A_forces_name_followed_by_a_common_noun_is_one_row_of_soviet_forces()
    {
        var facts = Facts("==== 1961: Albania ====\n\nIn March 1961 Red Army divisions invaded Albania. In April 1961 the Red Army occupied Tirana. "
            + "In May 1961 Red Army forces crushed the last resistance in Albania.");

        Assert.Equal(["Red Army"], facts.Infobox.Where(r => r.Field == InfoboxField.SovietForces).Select(r => r.Value));
    }

    [Fact]
    public void A_body_named_after_the_soviet_side_followed_by_a_common_noun_is_one_row_of_soviet_forces()
    {
        var facts = Facts("==== 1961: Albania ====\n\nIn March 1961 Soviet Army divisions invaded Albania. In April 1961 the Soviet Army occupied Tirana. "
            + "In May 1961 Soviet Army forces crushed the last resistance in Albania.");

        Assert.Equal(["Soviet Army"], facts.Infobox.Where(r => r.Field == InfoboxField.SovietForces).Select(r => r.Value));
    }

    [Fact]
    public void A_result_the_lead_does_not_say_stays_in_the_infobox()
    {
        var facts = Facts("==== 1961: Albania ====\n\nIn March 1961 Soviet troops invaded Albania. The people of the valleys fought on. "
            + "In the end the Soviet army won a victory in Albania.");

        Assert.Contains(facts.Infobox, r => r.Field == InfoboxField.Result && r.Value.Contains("victory", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_with_a_description_after_a_colon_is_no_common_name() =>
        Assert.Null(Facts("==== Albania: the spring invasion (1961) ====\n\nIn March 1961 Soviet troops invaded Albania.").CommonName);

    [Fact]
    public void With_no_lead_the_summary_is_the_first_prose_not_a_row_of_labelled_cells()
    {
        var facts = Facts("==== 1961: Albania ====\n\ncountry: Albania; verdict: yes; start: 1961-03-03; marker: star\n\n"
            + "The columns crossed the border on 3 March 1961 and a new cabinet was formed in Tirana.");

        Assert.Empty(facts.Lead);
        Assert.StartsWith("The columns crossed the border", facts.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_passages_that_tell_the_soviet_part_state_its_acts_there_and_then_not_the_setting()
    {
        var facts = Facts("==== 1961–1962: Albania ====\n\nIn March 1961 Soviet troops invaded Albania.\n\nThe harvest of 1961 was poor.\n\n"
            + "In April 1961 the Red Army occupied Tirana.\n\nIn 1950 the Soviet Union had occupied Albania before.\n\n"
            + "In 1962 Soviet troops invaded Albania and Greece again.\n\nThe Soviet invasion of Albania in April 1961 closed the ports.\n\n"
            + "Fearing a Soviet invasion of Albania, the king fled.");

        Assert.Equal(["In 1962 Soviet troops invaded Albania and Greece again.", "In April 1961 the Red Army occupied Tirana.", "In March 1961 Soviet troops invaded Albania.",
            "The Soviet invasion of Albania in April 1961 closed the ports."],
            facts.Told.Select(p => p.Text).Order(StringComparer.Ordinal));
    }
}
