using SovietInterventions.Core.Import.Formats.PlainText;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

/// <summary>A printed text's footnote marks point to a note and are no part of the sentence; real numbers stay.</summary>
public class FootnoteMarksTests
{
    [Theory]
    [InlineData("The fleet sailed from Odessa.³ It returned in May.", "The fleet sailed from Odessa. It returned in May.")]
    [InlineData("The envoys², unhappy, went home.", "The envoys, unhappy, went home.")]
    [InlineData("The fleet sailed from Odessa.14 It returned in May.", "The fleet sailed from Odessa. It returned in May.")]
    [InlineData("The fleet sailed from Odessa.7", "The fleet sailed from Odessa.")]
    [InlineData("The instructors* stayed behind.", "The instructors stayed behind.")]
    [InlineData("The instructors,† unpaid, stayed behind.", "The instructors, unpaid, stayed behind.")]
    public void Marks_after_a_word_or_a_sentence_end_go(string line, string without) =>
        Assert.Equal(without, FootnoteMarks.Strip(line));

    [Theory]
    [InlineData("The columns crossed in 1931 with 12 divisions.")]
    [InlineData("The 9th Army held a front of 40 km² near the lake.")]
    [InlineData("Losses rose by 1.5 per cent. 30 villages burned.")]
    [InlineData("See No.12 in the list.")]
    [InlineData("The word *never* was underlined.")]
    public void Real_numbers_units_and_stressed_words_stay(string line) =>
        Assert.Equal(line, FootnoteMarks.Strip(line));

    private const string Page = """
        [Scanned text, 400 dpi, pages 12-13]

        THE LAKE CAMPAIGN

        The brigades reached the lake in March 1931.¹ They dug in
        along the shore and waited for the thaw.²

        -----------------------------------
        ¹ On the march see Adler, The Lake
        War (Vienna, 1977), and the diaries
        printed in 1962.
        ² Adler, 1977, p. 40.
        """;

    [Fact]
    public void A_scanned_page_reads_without_its_note_and_marks_and_its_notes_are_references()
    {
        var document = PlainTextArticleParser.Parse(Of(Page, "scan.txt"));

        Assert.Equal(["The brigades reached the lake in March 1931.", "They dug in along the shore and waited for the thaw."], ProseOf(document));
        Assert.Equal(["On the march see Adler, The Lake War (Vienna, 1977), and the diaries printed in 1962.", "Adler, 1977, p. 40."], document.References);
    }
}
