using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

public class PrintedPageTests
{
    private const string Scan = """
        THE LONG WINTER

        The columns reached the lake before the ice broke.

                                              14

        15          A HISTORY OF SMALL WARS

        RIVER CROSSINGS

        The bridge was taken on the second day.

                                              15

        A HISTORY OF SMALL WARS

        The garrison withdrew in the spring.

                                              16
        """;

    [Fact]
    public void Page_numbers_and_running_heads_of_a_scanned_book_are_neither_headings_nor_text()
    {
        var blocks = PlainTextArticleParser.Parse(Of(Scan, "scan.txt")).Blocks;

        Assert.DoesNotContain(blocks, b => b.Text.Contains("SMALL WARS", StringComparison.Ordinal) || b.Text is "14" or "15" or "16");
        Assert.Contains(blocks, b => b.Kind == PassageKind.Heading && b.Text == "RIVER CROSSINGS");
        Assert.All(blocks, b => Assert.DoesNotContain(b.Headings, h => h.Text.Contains("SMALL WARS", StringComparison.Ordinal) || h.Text == "15"));
    }

    private const string Extracted = """
        RIVER CROSSINGS

        The bridge was taken on the second day, and the columns
        went on towards the lake.1
        -----------------------------------------------------------
        1 The date is given variously.
                                                               61
        ===========================================================
        62                    A HISTORY OF SMALL WARS

        The garrison withdrew in the spring.
        -----------------------------------------------------------
        2 Ibid., 40.
        ===========================================================
                  THE RIVER AND THE LAKE                       63

        The ice broke in April.
        """;

    [Fact]
    public void Running_heads_between_the_page_rules_of_a_text_extracted_from_a_PDF_are_not_headings()
    {
        var blocks = PlainTextArticleParser.Parse(Of(Extracted, "chapter.txt")).Blocks;

        Assert.DoesNotContain(blocks, b => b.Text.Contains("SMALL WARS", StringComparison.Ordinal) || b.Text.Contains("THE LAKE", StringComparison.Ordinal) || b.Text is "61");
        Assert.Contains(blocks, b => b.Text.StartsWith("The ice broke", StringComparison.Ordinal) && b.Headings.Count > 0 && b.Headings[^1].Text == "RIVER CROSSINGS");
    }

    [Fact]
    public void Numbered_notes_below_a_pages_short_rule_are_footnotes_not_text()
    {
        var document = PlainTextArticleParser.Parse(Of(Extracted, "chapter.txt"));

        Assert.Equal(["The date is given variously.", "Ibid., 40."], document.References);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("variously", StringComparison.Ordinal) || b.Text.Contains("Ibid", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_standing_alone_stays_a_heading()
    {
        var timeline = "Timeline\n\n1956\n\nTroops entered the capital.\n\n1968\n\nTroops entered another capital.\n";

        var blocks = PlainTextArticleParser.Parse(Of(timeline, "timeline.txt")).Blocks;

        Assert.Contains(blocks, b => b.Kind == PassageKind.Heading && b.Text == "1956");
        Assert.Contains(blocks, b => b.Kind == PassageKind.Heading && b.Text == "1968");
    }

    [Fact]
    public void A_single_number_standing_alone_is_left_as_it_is()
    {
        string[] lines = ["Notes", "", "42", "", "The answer was given."];

        Assert.Equal(lines, PrintedPage.Blank(lines));
    }

    [Fact]
    public void A_sentence_a_page_break_cut_goes_on_after_the_page_s_furniture()
    {
        const string chapter = """
            THE LONG WINTER

            The columns reached the lake before the ice broke, and the engineers
            laid a road across it for the trucks that came up from the south in
            the last days of the month, while Soviet pilots helped to save

                                                  14

            15                      A HISTORY OF SMALL WARS

            Lisbon from the first assault. The garrison withdrew in the spring
            and the road was closed again by the thaw that followed it at once.

                                                  15

            A HISTORY OF SMALL WARS

            The bridge was taken on the second day, and the town was quiet again
            by the end of the month, when the last of the columns had gone home.
            """;
        var blocks = PlainTextArticleParser.Parse(Of(chapter, "chapter.txt")).Blocks;

        Assert.Contains(blocks, b => b.Text.Contains("helped to save Lisbon from the first assault.", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Text.StartsWith("Lisbon", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_ending_in_a_footnote_number_ends_its_paragraph()
    {
        const string chapter = """
            THE LONG WINTER

            The columns reached the lake before the ice broke, and the engineers
            laid a road across it for the trucks that came up from the south in
            the last days of the month, while Soviet pilots flew over Lisbon.12

                                                  14

            15                      A HISTORY OF SMALL WARS

            Lisbon was quiet after the first assault. The garrison withdrew in the
            spring and the road was closed again by the thaw that followed at once.

                                                  15

            A HISTORY OF SMALL WARS

            The bridge was taken on the second day, and the town was quiet again
            by the end of the month, when the last of the columns had gone home.
            """;
        var blocks = PlainTextArticleParser.Parse(Of(chapter, "chapter.txt")).Blocks;

        Assert.Contains(blocks, b => b.Text.StartsWith("Lisbon was quiet", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_flush_with_the_text_and_the_subtitle_set_in_under_it_are_one_heading()
    {
        const string book = "RIVER WARS\n\nThe columns reached the lake before the ice broke. The bridge held for a day.\n\n"
            + "5.0 SCENARIO 4: THE BRIDGE\n    Lake Ostrava, 3-5 July 1931\n\n5.1 Historical Background\nThe bridge was taken on the second day.\n";

        var document = PlainTextArticleParser.Parse(Of(book, "book.txt"));

        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Heading && b.Text == "5.0 SCENARIO 4: THE BRIDGE: Lake Ostrava, 3-5 July 1931");
        Assert.DoesNotContain(document.Blocks, b => b.Kind != PassageKind.Heading && b.Text.Contains("Ostrava", StringComparison.Ordinal));
    }

    [Fact]
    public void A_centred_title_wrapped_onto_a_second_line_is_no_title_with_a_subtitle()
    {
        const string chapter = "RIVER WARS\n\nThe columns reached the lake before the ice broke. The bridge held for a day.\n\n"
            + "        Lakes, Rivers and the Northern Marches,\n                       1920-1946\n\nThe bridge was taken on the second day.\n";

        var document = PlainTextArticleParser.Parse(Of(chapter, "chapter.txt"));

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Marches,: 1920", StringComparison.Ordinal));
    }
}
