using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Org;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Org;

public class OrgOutlineParserTests
{
    private static ParsedDocument Parse(string text, string fileName = "notes.org") => OrgOutlineParser.Parse(Of(text, fileName));

    private static List<(string Text, int Level)> Headings(ParsedDocument document) =>
        document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => (b.Text, b.Section!.Level)).ToList();

    [Fact]
    public void The_title_keyword_heads_the_document_and_each_star_heads_one_level_below_it()
    {
        var document = Parse("#+TITLE: Field notes\n* Poland\n** Background\n*** Early years\nSome words.\n* Finland\nMore words.\n");

        Assert.Equal([("Field notes", 1), ("Poland", 2), ("Background", 3), ("Early years", 4), ("Finland", 2)], Headings(document));
        Assert.Equal("Finland", document.Blocks[^1].Section!.Text);
        Assert.Equal(SourceFormat.Org, document.Format);
    }

    [Theory]
    [InlineData("** TODO [#B] Write the chapter [2/5] :thesis:draft:", "Write the chapter")]
    [InlineData("** DONE Read the memoirs [100%]", "Read the memoirs")]
    [InlineData("** Kabul, 1979                                   :afghan:", "Kabul, 1979")]
    [InlineData("** NEXT Check the archive", "Check the archive")]
    public void To_do_words_priorities_statistics_cookies_and_tags_are_no_part_of_a_heading(string headline, string heading)
    {
        var document = Parse($"#+TODO: TODO NEXT | DONE\n* Plans\n{headline}\nA line.\n");

        Assert.Equal(heading, Headings(document)[^1].Text);
    }

    [Fact]
    public void Title_date_and_author_keywords_are_metadata_and_other_keywords_are_dropped()
    {
        var document = Parse("#+TITLE: Chapter two\n#+AUTHOR: A. Student\n#+DATE: <2023-05-02 Tue>\n#+OPTIONS: toc:nil\n#+STARTUP: overview\n* Part\nThe army crossed the river.\n");

        Assert.Equal("Chapter two", document.Title);
        Assert.Equal(("2023-05-02", "A. Student"), (document.Metadata.Date, document.Metadata.Author));
        Assert.Equal(["The army crossed the river."], ProseOf(document));
    }

    [Fact]
    public void Drawers_planning_lines_and_timestamps_give_no_text_and_so_no_dates()
    {
        const string text = "* Part\n  :PROPERTIES:\n  :YEARS:  1921\n  :END:\n  :LOGBOOK:\n  CLOCK: [2024-01-03 Wed 10:00]--[2024-01-03 Wed 11:00]\n  :END:\n"
            + "  DEADLINE: <2024-11-15 Fri> SCHEDULED: <2024-11-01 Fri>\n  CLOSED: [2024-10-09 Wed 11:20]\n"
            + "  - <2024-10-14 Mon> nothing found in the catalogue.\n  - Ask at the meeting <2024-11-04 Mon 10:00>: which word fits?\n";

        var prose = ProseOf(Parse(text));

        Assert.Equal(["nothing found in the catalogue.", "Ask at the meeting: which word fits?"], prose);
        Assert.DoesNotContain(prose, p => p.Contains("2024") || p.Contains("1921") || p.Contains("END"));
    }

    [Fact]
    public void Comments_and_comment_blocks_are_dropped_while_a_quote_block_is_prose()
    {
        var text = "* Part\n# a private remark from 1990\n#+BEGIN_COMMENT\nAn old draft from 1985.\n#+END_COMMENT\n#+BEGIN_QUOTE\nThe tanks came at dawn.\n#+END_QUOTE\n#+BEGIN_SRC python\nprint(1977)\n#+END_SRC\n";

        Assert.Equal(["The tanks came at dawn."], ProseOf(Parse(text)));
    }

    [Fact]
    public void A_COMMENT_headline_leaves_out_its_whole_subtree()
    {
        var document = Parse("* COMMENT Old plan\nDropped words.\n** Its part\nAlso dropped.\n* Kept\nKept words.\n");

        Assert.Equal(["Kept words."], ProseOf(document));
    }

    [Fact]
    public void A_link_reads_its_label_or_its_target_and_a_file_link_without_label_reads_nothing()
    {
        var prose = ProseOf(Parse("* Part\nSee [[https://example.org/a][the archive guide]] and [[Treaty of Riga]] and [[file:scan.pdf]] today.\n"));

        Assert.Equal(["See the archive guide and Treaty of Riga and today."], prose);
    }

    [Fact]
    public void Emphasis_marks_are_dropped_but_slashes_and_signs_inside_words_stay()
    {
        var prose = ProseOf(Parse("* Part\nThe *first* wave, a /second/ one, the =code= and ~verbatim~ words; 1940/41 and 3+4 stay.\n"));

        Assert.Equal(["The first wave, a second one, the code and verbatim words; 1940/41 and 3+4 stay."], prose);
    }

    [Fact]
    public void A_list_item_runs_on_over_its_indented_lines_and_ends_at_the_next_bullet()
    {
        var document = Parse("* Part\n  - The first item begins here\n    and ends on this line.\n  - A second item.\n    1. A numbered sub-item.\nA paragraph after the list.\n");

        var items = document.Blocks.Where(b => b.Kind == PassageKind.ListItem).Select(b => (b.Text, b.Depth)).ToList();
        Assert.Equal([("The first item begins here and ends on this line.", 0), ("A second item.", 0), ("A numbered sub-item.", 1)], items);
        Assert.Equal(PassageKind.Paragraph, document.Blocks[^1].Kind);
    }

    [Fact]
    public void A_table_row_reads_its_cells_after_the_header_joined_by_the_table_cell_separator()
    {
        var document = Parse("* Table\n| Year | Country        | What happened    |\n|------+----------------+------------------|\n| 1968 | Czechoslovakia | troops came in   |\n");

        var row = Assert.Single(ProseOf(document));
        Assert.Equal($"1968 — Country: Czechoslovakia{TableCells.Separator}What happened: troops came in", row);
    }

    [Fact]
    public void A_sources_section_and_footnote_definitions_are_references_not_prose()
    {
        var document = Parse("* Case\nThe army withdrew.[fn:1]\n** Sources\n- A book on the border war (1990).\n* Footnotes\n[fn:1] Cited from a diary.\n");

        Assert.Equal(["The army withdrew."], ProseOf(document));
        Assert.Contains("A book on the border war (1990).", document.References);
        Assert.Contains("Cited from a diary.", document.References);
    }
}
