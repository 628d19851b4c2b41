using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Prose;

public sealed class ThreadCommentsTests
{
    private const string Thread = """
        # Did the Red Army invade anyone before 1939?

        u/samarkand_reader · 3 yr. ago · Soviet Central Asia | Early USSR

        There is more than one case.

        **Georgia, 1921**

        The Red Army invaded Georgia in February 1921.

        1.2k · Reply · Award · Share

        level 2
        u/kutaisi_kid · 3 yr. ago
        Small addition: the commander of the 11th Army was Anatoly Gekker.

        88 · Reply
        """;

    private static ParsedDocument Parse() => DocumentParser.Parse(Of(Thread, "thread.md"));

    [Fact]
    public void A_replys_text_is_not_under_the_heading_an_earlier_answer_opened()
    {
        var reply = Assert.Single(Parse().Blocks, b => b.Text.StartsWith("Small addition", StringComparison.Ordinal));

        Assert.DoesNotContain(reply.Headings, h => h.Text.Contains("Georgia", StringComparison.Ordinal));
        Assert.Equal("Did the Red Army invade anyone before 1939?", reply.Section!.Text);
    }

    [Fact]
    public void The_answers_own_text_stays_under_its_heading()
    {
        var answer = Assert.Single(Parse().Blocks, b => b.Text.StartsWith("The Red Army invaded", StringComparison.Ordinal));

        Assert.Equal("Georgia, 1921", answer.Section!.Text);
    }

    [Fact]
    public void Authors_ages_flairs_votes_and_buttons_are_no_prose()
    {
        var prose = Parse().Blocks.Where(b => b.Kind != PassageKind.Heading).Select(b => b.Text).ToList();

        Assert.DoesNotContain(prose, t => t.Contains(" ago", StringComparison.Ordinal) || t.Contains("Reply", StringComparison.Ordinal)
            || t.Contains("level 2", StringComparison.Ordinal) || t.Contains("Early USSR", StringComparison.Ordinal));
        Assert.Contains("Small addition: the commander of the 11th Army was Anatoly Gekker.", prose);
    }
}
