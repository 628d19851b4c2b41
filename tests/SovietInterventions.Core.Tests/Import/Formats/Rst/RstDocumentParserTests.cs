using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Rst;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Rst;

public class RstDocumentParserTests
{
    private static ParsedDocument Parse(string text, string fileName = "handout.rst") => RstDocumentParser.Parse(Of(text, fileName));

    private static List<(string Text, int Level)> Headings(ParsedDocument document) =>
        document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => (b.Text, b.Section!.Level)).ToList();

    [Fact]
    public void Section_levels_follow_the_order_in_which_adornment_styles_first_appear()
    {
        const string text = "Some opening words.\n\nFirst part\n~~~~~~~~~~\n\nText.\n\nA detail\n++++++++\n\nText.\n\nSecond part\n~~~~~~~~~~~\n\nText.\n";

        Assert.Equal([("First part", 2), ("A detail", 3), ("Second part", 2)], Headings(Parse(text)));
    }

    [Fact]
    public void A_title_and_subtitle_opening_the_document_are_its_title_and_the_sections_count_from_their_own_styles()
    {
        const string text = "=========\nThe title\n=========\nA subtitle\n----------\n\nIntro words.\n\nPart one\n========\n\nText.\n\nDetail\n------\n\nText.\n\nPart two\n========\n\nText.\n";

        var document = Parse(text);

        Assert.Equal("The title", document.Title);
        Assert.Equal([("The title", 1), ("A subtitle", 2), ("Part one", 2), ("Detail", 3), ("Part two", 2)], Headings(document));
    }

    [Fact]
    public void A_numbered_section_title_is_a_heading_not_a_list_item()
    {
        var document = Parse("3. Poland, 1920\n===============\n\nThe army advanced.\n");

        Assert.Equal([("3. Poland, 1920", 1)], Headings(document));
        Assert.DoesNotContain(document.Blocks, b => b.Kind == PassageKind.ListItem);
    }

    [Fact]
    public void The_field_list_at_the_top_is_metadata_and_never_prose()
    {
        const string text = "Handout\n=======\n\n:Author: A. Lecturer\n:Date: 2024-02-01\n:Course: History 101,\n   second term\n\nBody\n----\n\nThe army crossed the river.\n";

        var document = Parse(text);

        Assert.Equal(("2024-02-01", "A. Lecturer"), (document.Metadata.Date, document.Metadata.Author));
        Assert.Equal(["The army crossed the river."], ProseOf(document));
    }

    [Fact]
    public void Footnotes_are_references_and_their_marks_leave_the_text()
    {
        const string text = "Part\n====\n\nOne historian [#first]_ disagrees with another [2]_ here.\n\n.. [#first] A. Writer, *A book* (Oxford, 1999).\n.. [2] B. Writer, an article\n   continued on a second line (2001).\n";

        var document = Parse(text);

        Assert.Equal(["One historian disagrees with another here."], ProseOf(document));
        Assert.Equal(["A. Writer, A book (Oxford, 1999).", "B. Writer, an article continued on a second line (2001)."], document.References);
    }

    [Fact]
    public void An_admonition_body_is_prose_while_images_contents_targets_comments_and_substitutions_are_dropped()
    {
        const string text = ".. -*- coding: utf-8 -*-\n\nPart\n====\n\n.. contents:: On this page\n   :depth: 1\n\n.. image:: map.png\n   :alt: a map of 1944\n\n"
            + ".. _part-label:\n\n.. note::\n\n   Read the chapter before class.\n\n.. |mark| unicode:: 0xA9\n\n.. a remark about 1950\n   that nobody sees\n\nThe end.\n";

        Assert.Equal(["Read the chapter before class.", "The end."], ProseOf(Parse(text)));
    }

    [Fact]
    public void Inline_markup_reads_as_its_words()
    {
        var prose = ProseOf(Parse("Part\n====\n\nThe *first* and **second** wave, ``code``, `the report <https://example.org>`_, :term:`glossary word` and Part_ end.\n"));

        Assert.Equal(["The first and second wave, code, the report, glossary word and Part end."], prose);
    }

    [Fact]
    public void A_bullet_with_a_hanging_indent_is_one_item_and_enumerated_items_are_items()
    {
        const string text = "Part\n====\n\n* 21 August: troops crossed\n  the border at night.\n* A second item.\n\n#. A question?\n#. Another question?\n";

        var items = Parse(text).Blocks.Where(b => b.Kind == PassageKind.ListItem).Select(b => b.Text).ToList();

        Assert.Equal(["21 August: troops crossed the border at night.", "A second item.", "A question?", "Another question?"], items);
    }

    [Fact]
    public void Simple_table_rows_read_after_their_header_and_a_blank_first_cell_continues_the_row()
    {
        const string text = "Part\n====\n\n=========  ==========================\nDate       Event\n=========  ==========================\n"
            + "2 March    Troops left the capital\n           before dawn.\n9 March    Talks began.\n=========  ==========================\n\nAfter.\n";

        Assert.Equal(["2 March: Troops left the capital before dawn.", "9 March: Talks began.", "After."], ProseOf(Parse(text)));
    }

    [Fact]
    public void Grid_table_rows_read_each_cell_after_its_header_joined_by_the_table_cell_separator()
    {
        const string text = "Part\n====\n\n+------+---------+-------------+\n| Year | Country | Act         |\n+======+=========+=============+\n"
            + "| 1968 | Prague  | troops came |\n|      |         | in by air   |\n+------+---------+-------------+\n";

        var row = Assert.Single(ProseOf(Parse(text)));
        Assert.Equal($"1968 — Country: Prague{TableCells.Separator}Act: troops came in by air", row);
    }

    [Fact]
    public void A_literal_block_is_dropped_and_its_double_colon_reads_as_one()
    {
        const string text = "Part\n====\n\nThe order read::\n\n    10 GOTO 1956\n    20 PRINT\n\nBack to prose.\n";

        Assert.Equal(["The order read:", "Back to prose."], ProseOf(Parse(text)));
    }

    [Fact]
    public void An_indented_block_quote_is_prose()
    {
        Assert.Equal(["He wrote:", "We shall not leave."], ProseOf(Parse("Part\n====\n\nHe wrote:\n\n    We shall not leave.\n")));
    }
}
