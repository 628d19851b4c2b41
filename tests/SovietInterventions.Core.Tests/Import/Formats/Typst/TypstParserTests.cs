using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Typst;

public class TypstParserTests
{
    private const string Chapter = """
        // chapter.typ — draft; TODO: check the 1999 dates
        #import "@preview/drafting:0.2.0": margin-note
        #set document(title: "The Kessel frontier", author: "Ada Novak", date: datetime(year: 2030, month: 4, day: 1))
        #set page(
          paper: "a4",
          header: [Draft of 1998 #h(1fr) Chapter 1],
        )
        #show link: underline

        = The Kessel frontier <ch:kessel>

        In May 1931 *Soviet engineers* bridged the river
        at _Kessel_ --- as @smith1988 tells it.#footnote[The bridge of
          1950 is another story.] The garrison fled east. #margin-note[Check the 1960 date.]

        /* cut:
           The ferry of 1970 is no part of this.
        */

        == The crossing <sec:crossing>

        #aside[Engineers came from the east in 1931.]

        - two nights of work
        - one day of rest

        #figure(
          table(
            columns: (auto, 1fr),
            [*Year*], [*Event*],
            [1932], [the bridge was widened],
          ),
          caption: [Works on the river, 1932.],
        ) <tbl:works>
        """;

    private static ParsedDocument Parse(string text = Chapter, string fileName = "chapter.typ") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_table_cell_with_no_content_is_skipped_not_a_crash()
    {
        var document = Parse("= Notes\n\n#table(columns: 2, table.cell, [1940], [Soviet troops entered Tallinn.])\n");

        Assert.Contains(document.Blocks, b => b.Text.Contains("Soviet troops entered Tallinn", StringComparison.Ordinal));
    }

    [Fact]
    public void A_typ_file_is_typst_and_so_is_text_with_a_set_rule_and_a_typst_heading()
    {
        Assert.Equal(SourceFormat.Typst, Parse().Format);
        Assert.Equal(SourceFormat.Typst, Parse(fileName: "chapter.txt").Format);
    }

    [Fact]
    public void The_document_setting_is_metadata()
    {
        var document = Parse();

        Assert.Equal("The Kessel frontier", document.Title);
        Assert.Equal("Ada Novak", document.Metadata.Author);
        Assert.Equal("2030-04-01", document.Metadata.Date);
    }

    [Fact]
    public void Headings_stand_at_their_level_without_their_labels()
    {
        var headings = Parse().Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => (b.Text, b.Depth)).ToList();

        Assert.Equal([("The Kessel frontier", 1), ("The crossing", 2)], headings);
    }

    [Fact]
    public void A_paragraphs_lines_are_joined_and_its_markup_and_citations_vanish()
    {
        var paragraph = Assert.Single(Parse().Blocks, b => b.Text.StartsWith("In May 1931", StringComparison.Ordinal));

        Assert.Equal("In May 1931 Soviet engineers bridged the river at Kessel — as tells it. The garrison fled east.", paragraph.Text);
        Assert.Equal(12, paragraph.Line);
    }

    [Fact]
    public void A_footnote_is_a_reference_not_narrative_and_so_is_a_margin_note()
    {
        var document = Parse();

        Assert.Contains("The bridge of 1950 is another story.", document.References);
        Assert.Contains("Check the 1960 date.", document.References);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("1950", StringComparison.Ordinal) || b.Text.Contains("1960", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_comments_and_imports_are_no_prose()
    {
        var text = string.Join(" ", Parse().Blocks.Select(b => b.Text));

        foreach (var code in new[] { "1999", "1998", "1970", "a4", "underline", "drafting", "#" })
            Assert.DoesNotContain(code, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calls_content_and_list_items_are_prose()
    {
        var document = Parse();

        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Paragraph && b.Text == "Engineers came from the east in 1931.");
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.ListItem && b.Text == "two nights of work");
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.ListItem && b.Text == "one day of rest");
    }

    [Fact]
    public void A_figures_table_gives_a_row_per_passage_under_its_bold_header_and_its_caption_is_a_caption()
    {
        var document = Parse();

        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Paragraph && b.Text == "Year: 1932; Event: the bridge was widened.");
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Caption && b.Text == "Works on the river, 1932.");
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("columns", StringComparison.Ordinal) || b.Text.Contains("tbl:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_url_is_no_comment()
    {
        var document = Parse("= Links\n\nSee https://example.org/kessel for the 1931 map.\n");

        Assert.Contains(document.Blocks, b => b.Text == "See https://example.org/kessel for the 1931 map.");
    }

    [Fact]
    public void An_unclosed_call_is_an_error_naming_the_file_and_line()
    {
        var error = Assert.Throws<ImportException>(() => Parse("= Title\n\nText in 1931.\n#footnote[never closed\nand on\n", "broken.typ"));

        Assert.Equal("broken.typ", error.FileName);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Calls_nested_thousands_deep_are_an_error_not_a_crash()
    {
        var deep = "= Deep\n\n" + string.Concat(Enumerable.Repeat("#emph[", 5000)) + "word" + new string(']', 5000) + "\n";

        var error = Assert.Throws<ImportException>(() => Parse(deep, "deep.typ"));

        Assert.Equal("deep.typ", error.FileName);
        Assert.Contains("nested", error.Problem, StringComparison.Ordinal);
    }
}
