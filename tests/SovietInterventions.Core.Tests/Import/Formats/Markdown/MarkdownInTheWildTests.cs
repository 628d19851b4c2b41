using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Markdown;

/// <summary>Markdown as blogs, note apps and students write it: front matter, Obsidian marks, tables, link lists.</summary>
public class MarkdownInTheWildTests
{
    private static ParsedDocument Parse(string text, string fileName = "note.md") => MarkdownNotesParser.Parse(Of(text, fileName));

    private const string Essay = """
        ---
        title: "Tanks in the Square"
        date: 2011-03-04T09:30:00Z
        authors:
          - jo
        url: https://example.org/essays/tanks
        tags: [history, Cold War]
        summary: "A short essay about a long night in 1968."
        ---

        The tanks came at night. Nobody had slept.

        ### What the radio said

        The station kept broadcasting until noon.
        """;

    [Fact]
    public void Front_matter_gives_the_title_and_metadata_and_never_prose()
    {
        var document = Parse(Essay);

        Assert.Equal("Tanks in the Square", document.Title);
        Assert.Equal("2011-03-04", document.Metadata.Date);
        Assert.Equal("jo", document.Metadata.Author);
        Assert.Equal("https://example.org/essays/tanks", document.Metadata.Url);
        Assert.Equal(["history", "Cold War"], document.Metadata.Tags);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("summary") || b.Text.Contains("long night") || b.Text.Contains("title:"));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Front_matter_title_heads_the_section_path_of_the_text_below_it()
    {
        var document = Parse(Essay);

        var first = Assert.Single(document.Blocks, b => b.Text.StartsWith("The tanks came"));
        Assert.Equal("Tanks in the Square", Path(first.Headings));
        var radio = Assert.Single(document.Blocks, b => b.Text.StartsWith("The station"));
        Assert.Equal("Tanks in the Square › What the radio said", Path(radio.Headings));
    }

    [Fact]
    public void A_site_relative_url_in_front_matter_is_not_taken_for_an_address()
    {
        var document = Parse("---\ntitle: T\nurl: 2011/03/tanks.html\n---\n\nText here.\n");

        Assert.Null(document.Metadata.Url);
    }

    [Fact]
    public void Front_matter_that_is_not_valid_yaml_gives_a_warning_and_no_metadata()
    {
        var document = Parse("---\ntitle: [unclosed\n---\n\n# Heading\n\nText here.\n");

        Assert.Contains(document.Warnings, w => w.StartsWith("note.md:") && w.Contains("front matter"));
        Assert.Equal("Heading", document.Title);
        Assert.Equal(["Text here."], ProseOf(document));
    }

    [Fact]
    public void An_editors_export_reads_its_bold_lines_as_headings_and_its_escapes_as_the_characters()
    {
        // Word processors export headings as bold paragraphs and escape every mark Markdown could misread.
        var document = DocumentParser.Parse(Of("""
            **Three Winters in Kabul**

            **Introduction**

            The essay asks why the army stayed\.

            **2\. Kabul, December 1979\-1980**

            Soviet paratroopers landed at Bagram under Colonel Ivan Petrov \- a name from the diary of Abu al\-Hassan\.
            """, "Three winters - essay (exported).md"));

        Assert.Equal(SourceFormat.Markdown, document.Format);
        Assert.Equal("Three Winters in Kabul", document.Title);
        var section = document.Blocks.Single(b => b.Text.StartsWith("Soviet paratroopers", StringComparison.Ordinal));
        Assert.Equal("2. Kabul, December 1979-1980", section.Headings[^1].Text);
        Assert.Equal("Soviet paratroopers landed at Bagram under Colonel Ivan Petrov - a name from the diary of Abu al-Hassan.", section.Text);
    }

    [Fact]
    public void Front_matter_makes_a_file_markdown_even_without_headings()
    {
        var source = Of("---\ntitle: Plain looking\n---\nJust one paragraph of text without any heading at all.\n", "note.txt");

        Assert.Equal(SourceFormat.Markdown, FormatDetector.Detect(source));
    }

    [Fact]
    public void Obsidian_note_title_is_the_readable_wikilink_and_aliases_come_from_front_matter()
    {
        var document = Parse("""
            ---
            aliases:
              - The Uprising
            ---

            # [[1956-Budapest_Uprising]]

            #is_/same_as :: [[WD~Budapest_Uprising,123]]

            ## #abstract

            > The uprising began in October.
            """);

        Assert.Equal("1956 Budapest Uprising", document.Title);
        Assert.Equal(["The Uprising"], document.Metadata.Aliases);
        Assert.Contains("abstract", document.Metadata.Tags);
        Assert.Equal(["The uprising began in October."], ProseOf(document));
    }

    [Fact]
    public void Wikilinks_read_as_their_labels_and_tags_leave_the_prose()
    {
        var document = Parse("# Note\n\nThe [[Red_Army|army]] crossed into [[Hungary]] at dawn #history #cold-war and stayed ![[map.png]].\n");

        Assert.Equal(["The army crossed into Hungary at dawn and stayed."], ProseOf(document));
        Assert.Equal(["history", "cold-war"], document.Metadata.Tags);
    }

    [Fact]
    public void A_hard_wrapped_block_quote_is_one_paragraph()
    {
        var document = Parse("# Note\n\n> The delegation asked\n> for the release of the students\n> and was refused.\n>\n> A second paragraph.\n");

        Assert.Equal(["The delegation asked for the release of the students and was refused.", "A second paragraph."], ProseOf(document));
    }

    [Fact]
    public void Reference_definitions_link_lists_and_a_links_and_embeds_block_are_references()
    {
        var document = Parse("""
            # Essay

            The war began in [winter][w].

            - https://example.org/one

            [Encyclopedia](https://example.org/two)

            **Sources:** an old book (1990), a newer one (2004)

            ## Confidential Links & Embeds:

            ### Somewhere else

            A line that belongs to the link block.

            [w]: https://example.org/winter
            """);

        Assert.Equal(["The war began in winter."], ProseOf(document));
        Assert.Contains("https://example.org/one", document.References);
        Assert.Contains("Encyclopedia (https://example.org/two)", document.References);
        Assert.Contains(document.References, r => r.StartsWith("Sources: an old book"));
        Assert.Contains("A line that belongs to the link block.", document.References);
        Assert.Contains("w: https://example.org/winter", document.References);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Links"));
    }

    [Fact]
    public void A_top_level_heading_named_notes_is_a_title_not_an_apparatus_section()
    {
        var document = Parse("# Notes\n\nSoviet troops entered the city.\n");

        Assert.Equal(["Soviet troops entered the city."], ProseOf(document));
    }

    [Fact]
    public void A_label_column_table_reads_one_passage_per_row()
    {
        var document = Parse("""
            # Losses

            | Kind | Description |
            |------|-------------|
            | Casualties | many thousands killed |
            | Housing | - roads destroyed </br> - no running water |
            """);

        Assert.Equal(["Casualties: many thousands killed", "Housing: roads destroyed; no running water"], ProseOf(document));
        Assert.Equal([5, 6], document.Blocks.Where(b => b.Kind == PassageKind.Paragraph).Select(b => b.Line));
    }

    [Fact]
    public void A_table_with_several_value_columns_names_each_value_by_its_header()
    {
        var document = Parse("""
            # Ideas

            | Belief | West | East |
            |---|---|---|
            | Wealth | free market. | state plan |
            """);

        Assert.Equal(["Wealth — West: free market. East: state plan"], ProseOf(document));
    }

    [Fact]
    public void A_table_of_prose_cells_reads_each_cell_after_its_header()
    {
        var document = Parse("""
            # Views

            | To the East | To the West |
            |---|---|
            | The buffer states were needed for safety after the war. | It looked like an empire being built |
            """);

        Assert.Equal(["To the East: The buffer states were needed for safety after the war. To the West: It looked like an empire being built."], ProseOf(document));
    }

    [Fact]
    public void A_grid_table_as_pandoc_writes_it_reads_as_a_table_with_cells_over_several_lines_joined()
    {
        var document = Parse("""
            # Cases

            +-----------+------------------+--------------------+
            | Place     | Dates            | Outcome            |
            +===========+==================+====================+
            | Ruritania | 3 May–           | annexed as an      |
            |           | 9 June 1971      | autonomous region  |
            +-----------+------------------+--------------------+
            """);

        Assert.Equal(["Ruritania — Dates: 3 May– 9 June 1971; Outcome: annexed as an autonomous region"], ProseOf(document));
    }
}
