using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Localisation;

public class LocalisationFileParserTests
{
    // Invented places and people: a mod's events about a Ruritanian war.
    private const string ModText = "\uFEFFl_english:\n"
        + " ####################\n"
        + " # Ruritania pack, loc by jvh\n"
        + " ####################\n"
        + "\n"
        + " ### Ruritania ###\n"
        + " rur_war.1.t:0 \"The River Crossing\"\n"
        + " rur_war.1.d:0 \"On §Y3 May 1931§! the §Y7th Army§! crosses the river.\\n[Root.GetName] hears that the regent [sic] flees.\" # was \"1930\"\n"
        + " rur_war.1.a:0 \"Onward!\"\n"
        + " rur_war_note_tt:0 \"£gold£ The \\\"Blues\\\" guard $COUNTRY$ no more.\"\n";

    private static ParsedDocument Parse(string text = ModText) => DocumentParser.Parse(Of(text, "rur_events_l_english.yml"));

    [Fact]
    public void A_games_localisation_file_is_told_from_a_yaml_file_with_the_same_ending()
    {
        Assert.Equal(SourceFormat.Localisation, Parse().Format);
    }

    [Fact]
    public void An_events_title_is_a_heading_under_the_section_its_framed_comment_names()
    {
        var headings = Parse().Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text).ToList();
        Assert.Equal(["Rur events", "Ruritania", "The River Crossing"], headings);
    }

    [Fact]
    public void A_description_is_prose_without_the_games_markup_and_parted_where_it_breaks_lines()
    {
        var paragraphs = Parse().Blocks.Where(b => b.Kind == PassageKind.Paragraph).Select(b => b.Text).ToList();
        Assert.Equal(["On 3 May 1931 the 7th Army crosses the river.", "hears that the regent [sic] flees.", "The \"Blues\" guard no more."], paragraphs);
    }

    [Fact]
    public void A_players_option_and_the_files_comments_are_no_prose()
    {
        var document = Parse();
        Assert.Equal(["Onward!"], document.Blocks.Where(b => b.Kind == PassageKind.Caption).Select(b => b.Text));
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("jvh", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_comment_of_hashes_that_never_closes_is_read_in_linear_time_as_no_heading()
    {
        var text = "l_english:\n ## " + new string('a', 200_000) + "\n rur_war.1.d:0 \"The regent flees.\"\n";

        var document = DocumentParser.Parse(Of(text, "rur_l_english.yml"));

        Assert.Equal(["Rur"], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text));
    }

    [Fact]
    public void A_yaml_file_whose_entries_are_not_key_and_quoted_text_stays_yaml()
    {
        Assert.Equal(SourceFormat.Yaml, DocumentParser.Parse(Of("l_english:\n  title: The River Crossing\n  year: 1931\n", "cases.yml")).Format);
    }
}
