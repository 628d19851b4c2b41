using SovietInterventions.Core.Import.Formats.PlainText;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

/// <summary>Lines of a plain-text article read by themselves.</summary>
public class PlainTextLinesTests
{
    [Theory]
    [InlineData("- tanks arrived in October 1936")]
    [InlineData("12. the second wave landed")]
    [InlineData("[3] Orlova (1988), p. 5")]
    [InlineData("^ Orlova (1988), p. 5")]
    [InlineData("=== The Pamir posts ===")]
    [InlineData("==========")]
    [InlineData("[00:12] VOLKOVA: we reached the pass at dawn")]
    [InlineData("[Image: pamir-post.jpg]")]
    [InlineData("Background[edit]")]
    [InlineData("Home | News | Archive")]
    [InlineData("* a bullet of another format")]
    [InlineData("> a quoted line")]
    [InlineData("| 1937 | more aircraft |")]
    public void Items_footnotes_banners_turns_chrome_and_other_formats_marks_stand_alone(string line) =>
        Assert.True(PlainTextLines.StandsAlone(line));

    [Theory]
    [InlineData("")]
    [InlineData("forces, and a treaty obliged both powers to leave within six months")]
    [InlineData("Soviet troops had entered northern Iran in August 1941")]
    [InlineData("-40 degrees at the pass that winter")]
    [InlineData("1941. The troops stayed until May 1946.")]
    public void Prose_stands_in_its_paragraph(string line) => Assert.False(PlainTextLines.StandsAlone(line));

    [Theory]
    [InlineData("- an item", 0, "an item")]
    [InlineData("-   -   a nested item", 1, "a nested item")]
    [InlineData("4.  a numbered item", 0, "a numbered item")]
    [InlineData("1941. A year, no item", -1, "1941. A year, no item")]
    public void A_list_item_gives_its_depth_and_text(string line, int depth, string text) =>
        Assert.Equal((depth, text), PlainTextLines.ListText(line));

    [Theory]
    [InlineData("[3] Orlova (1988), p. 5", "Orlova (1988), p. 5")]
    [InlineData("^ a b Orlova (1988)", "a b Orlova (1988)")]
    [InlineData("[6]", "")]
    [InlineData("¹ Orlova (1988), p. 5", "Orlova (1988), p. 5")]
    [InlineData("¹²Orlova", null)]
    [InlineData("[edit] the page", null)]
    [InlineData("In [3] places", null)]
    public void A_footnote_gives_its_text(string line, string? note) => Assert.Equal(note, PlainTextLines.Footnote(line));
}
