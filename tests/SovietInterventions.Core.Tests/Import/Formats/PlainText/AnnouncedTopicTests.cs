using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

/// <summary>A paragraph that announces its topic with an ordinal ("Second: ALBANIA.") heads what follows, as a heading does.</summary>
public class AnnouncedTopicTests
{
    private const string Thread = """
        Saved from a thread

        1/3 Three forgotten moves, a thread.

        2/3 Second: ALBANIA. The advisers came in May 1961. They stayed a year.

        3/3 Third: the PORTUGAL of 1974. Moscow sent nothing.
        """;

    [Theory]
    [InlineData("Second: ALBANIA. The advisers came.", "Albania", "The advisers came.")]
    [InlineData("11/16 Third: the PORTUGAL in 1974. Moscow sent nothing.", "the Portugal in 1974", "Moscow sent nothing.")]
    [InlineData("Finally: Bay of Pigs.", "Bay of Pigs", "")]
    public void An_ordinal_and_a_name_announce_a_topic(string paragraph, string topic, string after) =>
        Assert.Equal((topic, after), AnnouncedTopic.Of(paragraph));

    [Theory]
    [InlineData("First: the Red Army crossed the border in 1944.")]
    [InlineData("Second, Albania was quiet.")]
    [InlineData("The second: ALBANIA.")]
    public void A_sentence_after_the_ordinal_is_no_topic(string paragraph) => Assert.Null(AnnouncedTopic.Of(paragraph));

    [Fact]
    public void The_paragraphs_after_an_announcement_sit_under_it_until_the_next()
    {
        var document = PlainTextArticleParser.Parse(Of(Thread, "thread.txt"));

        var stayed = document.Blocks.Single(b => b.Text == "They stayed a year.");
        Assert.Equal("Albania", stayed.Section?.Text);
        var nothing = document.Blocks.Single(b => b.Text == "Moscow sent nothing.");
        Assert.Equal("the Portugal of 1974", nothing.Section?.Text);
        Assert.DoesNotContain(nothing.Headings, h => h.Text == "Albania");
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Heading && b.Text == "Albania");
    }
}
