using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Formats.PlainText;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

public class TwoColumnPageTests
{
    // Two columns side by side, a gutter of spaces between them, as a PDF's text comes out; a running head spans the page.
    private static readonly string Page = string.Join('\n',
        "                         RIVER STUDIES                            12",
        "",
        "I. THE CROSSING                       The bridge held for a week. The",
        "                                      garrison of Kessel then fled",
        "In May 1931 Soviet engineers          east across the hills, and the",
        "bridged the river at Kessel while     engineers went home in June.",
        "the garrison watched from the far     Historians still argue about",
        "bank. The work took three nights      the reasons for the retreat and",
        "and cost eleven lives, most of        about the number of the dead.",
        "them drowned in the cold cur-",
        "rent of the spring floods.            The raid of 1933 is told below",
        "                                      in the second part of the essay.",
        "",
        "  [Figure 1. The bridge at Kessel in 1931, seen from the eastern bank of the river.]");

    private static string[] Unfolded => TwoColumnPage.Unfold(Page.Split('\n'));

    [Fact]
    public void Each_columns_paragraphs_are_whole_again_with_broken_words_joined()
    {
        var lines = Unfolded;

        Assert.Contains("In May 1931 Soviet engineers bridged the river at Kessel while the garrison watched from the far bank. The work took three nights and cost eleven lives, most of them drowned in the cold current of the spring floods.", lines);
        Assert.Contains("The bridge held for a week. The garrison of Kessel then fled east across the hills, and the engineers went home in June. Historians still argue about the reasons for the retreat and about the number of the dead.", lines);
        Assert.Contains("The raid of 1933 is told below in the second part of the essay.", lines);
        Assert.Contains("I. THE CROSSING", lines);
    }

    [Fact]
    public void Each_paragraph_stands_on_a_line_of_its_own_column_run_apart_from_the_next()
    {
        var lines = Unfolded;

        Assert.Equal(Page.Split('\n').Length, lines.Length);
        var left = Array.FindIndex(lines, l => l.StartsWith("In May 1931", StringComparison.Ordinal));
        Assert.Equal(4, left);
        Assert.All(Enumerable.Range(3, 9).Where(i => lines[i].Length > 0), i => Assert.True(lines[i - 1].Length == 0 && (i + 1 >= lines.Length || lines[i + 1].Length == 0)));
    }

    [Fact]
    public void Lines_that_span_the_page_stay_as_they_are()
    {
        var lines = Unfolded;

        Assert.Equal(Page.Split('\n')[0], lines[0]);
        Assert.Equal(Page.Split('\n')[^1], lines[^1]);
    }

    [Theory]
    [InlineData("1939   Poland    invasion\n1940   Latvia    occupation\n1941   Iran      occupation\n1945   Korea     occupation\n1956   Hungary   invasion\n1968   Prague    invasion\n1979   Kabul     invasion")]
    [InlineData("An ordinary article.\n\nIt has   some double   spaces in it.\n\nBut no columns at all.")]
    [InlineData("Afghanistan (December 1979)   Soviet troops invaded the country and killed Amin\nHungary (November 1956)        Soviet tanks entered Budapest to crush the rising\nPoland (October 1956)          Soviet divisions moved on Warsaw but turned back again\nIran (1941)                    Soviet and British troops occupied the north of it\nLaos (1960)                    Soviet transport aircraft flew arms to the Kong Le forces\nEgypt (1970)                   Soviet crews manned the missile batteries along the canal\nCuba (1962)                    Soviet troops and missiles were shipped to the island")]
    public void Text_without_two_columns_of_prose_is_left_alone(string text) =>
        Assert.Equal(text.Split('\n'), TwoColumnPage.Unfold(text.Split('\n')));

    [Fact]
    public void A_two_column_article_reads_as_whole_sentences()
    {
        var document = DocumentParser.Parse(Of("River Studies\n\n" + Page, "article.txt"));

        Assert.Contains(document.Blocks.SelectMany(b => b.Sentences), s => s == "The bridge held for a week.");
        Assert.Contains(document.Blocks.SelectMany(b => b.Sentences), s => s == "The garrison of Kessel then fled east across the hills, and the engineers went home in June.");
    }
}
