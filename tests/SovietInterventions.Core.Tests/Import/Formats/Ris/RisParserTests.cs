using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Ris;

public class RisParserTests
{
    private const string ReadingList = """
        TY  - BOOK
        AU  - Kessler, Anton
        AU  - Polák, Jan
        TI  - The River War, 1929-1933
        PY  - 1950///
        PB  - Northern University Press
        KW  - rivers
        KW  - Kessel
        AB  - My notes: Soviet engineers under General Ivo Mařík bridged the river
          in May 1931; the crossing took two nights.
        N1  - <p>Read chapters 2-4.</p><p>The map on page 80 is wrong.</p>
        ER  - 

        TY  - JOUR
        AU  - Novák, Eva
        TI  - Letters from the front
        T2  - Journal of River Studies
        PY  - 1977
        KW  - Rivers
        ER  - 

        TY  - ELEC
        TI  - Episode 9: The bridge
        RN  - Listened on 3 March 2031; the guest mixes up the two crossings.
        ER  -
        """;

    private static ParsedDocument Parse(string text = ReadingList, string fileName = "reading.ris") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void Each_record_of_a_ris_file_is_a_reference_with_its_authors_year_title_journal_and_publisher()
    {
        var document = Parse();

        Assert.Equal(SourceFormat.Ris, document.Format);
        Assert.Equal(
            [
                "Kessler, Anton; Polák, Jan (1950). The River War, 1929-1933. Northern University Press.",
                "Novák, Eva (1977). Letters from the front. Journal of River Studies.",
                "Episode 9: The bridge.",
            ],
            document.References);
    }

    [Fact]
    public void Abstracts_notes_and_research_notes_are_prose_under_a_heading_of_the_records_title()
    {
        var document = Parse();

        var notes = Assert.Single(document.Blocks, b => b.Text.StartsWith("My notes", StringComparison.Ordinal));
        Assert.Equal("My notes: Soviet engineers under General Ivo Mařík bridged the river in May 1931; the crossing took two nights.", notes.Text);
        Assert.Equal("The River War, 1929-1933", notes.Section?.Text);
        Assert.Equal(9, notes.Line); // the AB line
        Assert.Equal(
            [
                "My notes: Soviet engineers under General Ivo Mařík bridged the river in May 1931; the crossing took two nights.",
                "Read chapters 2-4.", "The map on page 80 is wrong.",
                "Listened on 3 March 2031; the guest mixes up the two crossings.",
            ],
            ProseOf(document));
    }

    [Fact]
    public void A_record_without_notes_gives_no_prose_and_its_authors_and_year_are_never_prose()
    {
        var document = Parse();
        var text = string.Join(" ", document.Blocks.Select(b => b.Text));

        Assert.DoesNotContain("Letters from the front", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1950", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kessler", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BOOK", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keywords_are_the_documents_tags()
    {
        Assert.Equal(["rivers", "Kessel"], Parse().Metadata.Tags);
    }

    [Fact]
    public void Lines_ending_in_crlf_are_read_as_lines_ending_in_lf()
    {
        var document = Parse(ReadingList.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(ProseOf(Parse()), ProseOf(document));
        Assert.Equal(Parse().References, document.References);
    }

    [Fact]
    public void An_unclosed_record_keeps_what_was_read_of_it()
    {
        var document = Parse("TY  - BOOK\nTI  - The bridge\nAB  - Soviet engineers built it in 1931.\n");

        Assert.Equal(["Soviet engineers built it in 1931."], ProseOf(document));
        Assert.Equal("The bridge", Assert.Single(document.Blocks, b => b.Kind == PassageKind.Paragraph).Section?.Text);
    }

    [Fact]
    public void A_reading_list_without_a_ris_ending_is_told_by_its_tag_lines()
    {
        Assert.Equal(SourceFormat.Ris, FormatDetector.Detect(Of(ReadingList, "reading.txt")));
    }

    [Theory]
    [InlineData("Reading list\n\nTY  - BOOK\nTI  - The bridge\nER  - \n")] // text before the first record
    [InlineData("TY  - BOOK\nTI  - The bridge\nER  - \n\nMore books to find next week.\n")] // text between records
    [InlineData("TY  - BOOK\nTI  - The bridge\nAB  - Soviet engineers built it in 1931.\n")] // no ER closes the record
    [InlineData("TY  - BOOK\nTI  - The bridge\nTY  - BOOK\nTI  - The river\nER  - \n")] // a record opened inside another
    public void Text_that_is_not_only_closed_records_is_no_ris_without_its_ending(string text)
    {
        Assert.NotEqual(SourceFormat.Ris, FormatDetector.Detect(Of(text, "reading.txt")));
    }
}
