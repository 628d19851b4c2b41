using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Gemtext;

public class GemtextParserTests
{
    private const string Page = """
        # The Kessel bridge

        => gemini://example.org/gemlog/ Back to gemlog
        => gemini://example.org/ Home

        In May 1931 Soviet engineers bridged the river at Kessel.
        The garrison fled east in June 1931.

        ## Works

        ```table of works
          Year    Event
          1932    the bridge was widened
        ```

        ```
        int main() { return 1950; }
        ```

        > "A bridge is an argument." — my paraphrase
        > of an engineer.

        * two nights of work
        * one day of rest
        ---
        => gemini://example.org/gemlog/2030-03-01-ferry.gmi Previous: the ferry of 1960
        """;

    private static ParsedDocument Parse(string text = Page, string fileName = "2030-04-01-kessel.gmi") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_gmi_file_is_gemtext_and_so_is_text_with_link_lines()
    {
        Assert.Equal(SourceFormat.Gemtext, Parse().Format);
        Assert.Equal(SourceFormat.Gemtext, Parse(fileName: "kessel.txt").Format);
    }

    [Fact]
    public void Notes_writing_an_arrow_for_so_are_no_gemtext()
    {
        const string notes = """
            7. KESSEL Dec '31 -> Feb '32
            - 25 Dec crossing -> 27 Dec the bridge taken
            => 1931-32. Smith, Bridges (2011)
            => Sov. engineers = the bridge, not the garrison
            => 1931/32 the second bridge
            => USSR/Sov. = Soviet Union
            """;

        Assert.NotEqual(SourceFormat.Gemtext, Parse(notes, "revision_notes.txt").Format);
    }

    [Fact]
    public void The_first_heading_is_the_title_and_a_gemlogs_file_name_dates_it()
    {
        var document = Parse();

        Assert.Equal("The Kessel bridge", document.Title);
        Assert.Equal("2030-04-01", document.Metadata.Date);
        Assert.Equal([("The Kessel bridge", 1), ("Works", 2)], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => (b.Text, b.Depth)).ToList());
    }

    [Fact]
    public void Each_text_line_is_a_paragraph_of_its_own()
    {
        var document = Parse();

        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Paragraph && b.Text == "In May 1931 Soviet engineers bridged the river at Kessel." && b.Line == 6);
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Paragraph && b.Text == "The garrison fled east in June 1931." && b.Line == 7);
    }

    [Fact]
    public void A_link_line_is_a_reference_not_prose()
    {
        var document = Parse();

        Assert.Contains("Back to gemlog", document.References);
        Assert.Contains("Previous: the ferry of 1960", document.References);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("gemini://", StringComparison.Ordinal) || b.Text.Contains("1960", StringComparison.Ordinal));
    }

    [Fact]
    public void A_preformatted_table_gives_a_row_per_passage_and_other_preformatted_text_is_no_prose()
    {
        var document = Parse();

        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Paragraph && b.Text == "Year: 1932; Event: the bridge was widened.");
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("1950", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotations_lines_are_one_passage_and_list_items_are_items()
    {
        var document = Parse();

        Assert.Contains(document.Blocks, b => b.Text == "\"A bridge is an argument.\" — my paraphrase of an engineer.");
        Assert.Equal(["two nights of work", "one day of rest"], document.Blocks.Where(b => b.Kind == PassageKind.ListItem).Select(b => b.Text).ToList());
    }
}
