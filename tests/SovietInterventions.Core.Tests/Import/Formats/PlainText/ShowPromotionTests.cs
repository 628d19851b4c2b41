using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

/// <summary>A show's promotion (sponsor reads, calls to subscribe, tags) is no history; chapter markers head what follows.</summary>
public class ShowPromotionTests
{
    [Theory]
    [InlineData("This episode is brought to you by Compass Tea. The war began in 1932.", "The war began in 1932.")]
    [InlineData("Please subscribe wherever you get your podcasts, and rate and review us.", "")]
    [InlineData("Our sponsor gives you 20% off in 2025 with promo code RIVER.", "")]
    public void Sponsor_reads_and_calls_to_subscribe_go(string text, string without) =>
        Assert.Equal(without, ShowPromotion.Without(text));

    [Theory]
    [InlineData("The coup was supported by the security police in 1953.")]
    [InlineData("Few historians subscribe to the view that the border war was planned.")]
    [InlineData("The resolution was sponsored by six states.")]
    public void History_using_the_same_words_stays(string text) => Assert.Equal(text, ShowPromotion.Without(text));

    [Theory]
    [InlineData("#borderwars #history", new[] { "borderwars", "history" })]
    [InlineData("Tags: #1932 #rivers", new[] { "1932", "rivers" })]
    [InlineData("#1 in the charts", null)]
    public void A_line_of_hashtags_is_tags(string line, string[]? tags) => Assert.Equal(tags, ShowPromotion.Tags(line));

    private const string Transcript = """
        Border Stories, episode 9

        [00:00:03] HOST: This episode is brought to you by Compass Tea. Welcome back.

        00:01:10 – The river crossing

        [00:01:12] GUEST: The brigades crossed the river in May 1932.

        [00:09:40] HOST: Thanks for listening. Subscribe to the show for more.

        #borderwars #history
        """;

    [Fact]
    public void A_transcript_reads_without_its_promotion_and_under_its_chapters()
    {
        var document = PlainTextArticleParser.Parse(Of(Transcript, "ep9.txt"));

        Assert.Equal(["Welcome back.", "The brigades crossed the river in May 1932.", "Thanks for listening."], ProseOf(document));
        var crossing = Assert.Single(document.Blocks, b => b.Text.StartsWith("The brigades", StringComparison.Ordinal));
        Assert.Equal("The river crossing", crossing.Section!.Text);
        Assert.Equal(PassageKind.Heading, Assert.Single(document.Blocks, b => b.Text == "The river crossing").Kind);
        Assert.Equal(["borderwars", "history"], document.Metadata.Tags);
    }
}
