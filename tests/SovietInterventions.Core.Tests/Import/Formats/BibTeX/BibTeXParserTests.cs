using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.BibTeX;

public class BibTeXParserTests
{
    private const string ReadingList = """
        % reading list, exported 2030
        @comment{jabref-meta: databaseType:bibtex;}
        @preamble{"\newcommand{\noop}[1]{}"}
        @string{nup = {Northern University Press}}

        @book{kessler1950,
          title     = {The {River} War, 1929--1933},
          author    = {Kessler, Anton and Pol{\'a}k, Jan},
          year      = {1950},
          publisher = nup,
          annote    = {My notes: Soviet engineers under General Ivo Ma\v{r}\'{i}k
                       bridged the river in May 1931; the crossing took two nights.},
          abstract  = "A history of the {war} on the river."
        }

        @article(novak1977,
          title   = {Letters from the front},
          author  = {Nov{\'a}k, Eva},
          journal = {Journal of River Studies},
          year    = 1977
        )

        @misc{podcast2024,
          title = {Episode 9: ``The bridge''},
          note  = {Accessed 3 } # {March 2031}
        }
        """;

    private static ParsedDocument Parse(string text = ReadingList, string fileName = "reading.bib") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void Each_entry_of_a_bib_file_is_a_reference_with_its_authors_year_title_and_publisher()
    {
        var document = Parse();

        Assert.Equal(SourceFormat.BibTeX, document.Format);
        Assert.Equal(
            [
                "Kessler, Anton and Polák, Jan (1950). The River War, 1929–1933. Northern University Press.",
                "Novák, Eva (1977). Letters from the front. Journal of River Studies.",
                "Episode 9: “The bridge”.",
            ],
            document.References);
    }

    [Fact]
    public void What_a_reader_wrote_about_an_entry_is_prose_under_a_heading_of_its_title()
    {
        var document = Parse();

        var notes = Assert.Single(document.Blocks, b => b.Text.StartsWith("My notes", StringComparison.Ordinal));
        Assert.Equal("My notes: Soviet engineers under General Ivo Mařík bridged the river in May 1931; the crossing took two nights.", notes.Text);
        Assert.Equal("The River War, 1929–1933", notes.Section?.Text);
        Assert.Equal(11, notes.Line); // the annote field's line
        Assert.Contains("A history of the war on the river.", ProseOf(document));
        Assert.Contains("Accessed 3 March 2031", ProseOf(document));
    }

    [Fact]
    public void An_entry_without_notes_gives_no_prose_and_its_author_and_year_are_never_prose()
    {
        var prose = string.Join(" ", ProseOf(Parse()));

        Assert.DoesNotContain("Letters from the front", prose);
        Assert.DoesNotContain("1950", prose);
        Assert.DoesNotContain("Kessler", prose);
        Assert.DoesNotContain(Parse().Blocks, b => b.Text == "Letters from the front");
    }

    [Fact]
    public void Comments_preambles_and_string_definitions_give_no_entries()
    {
        var document = Parse();

        Assert.Equal(3, document.References.Count);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("jabref") || b.Text.Contains("newcommand"));
    }

    [Fact]
    public void An_unclosed_entry_keeps_what_was_read_of_it()
    {
        var document = Parse("@book{a,\n  title = {The bridge},\n  annote = {Soviet engineers built it in 1931.}\n");

        Assert.Equal(["Soviet engineers built it in 1931."], ProseOf(document));
    }

    [Fact]
    public void A_reading_list_without_a_bib_ending_is_told_by_its_entries_but_a_readme_citing_itself_in_a_code_block_is_markdown()
    {
        Assert.Equal(SourceFormat.BibTeX, FormatDetector.Detect(Of(ReadingList, "reading.txt")));
        var readme = "# River dataset\n\nSoviet engineers bridged the river in May 1931.\n\n## How to cite\n\n```bibtex\n"
            + "@misc{river_2025,\n  title = {River dataset},\n}\n@book{kessler1950,\n  title = {The River War},\n}\n```\n";

        Assert.Equal(SourceFormat.Markdown, FormatDetector.Detect(Of(readme, "river-dataset_README.md")));
    }
}
