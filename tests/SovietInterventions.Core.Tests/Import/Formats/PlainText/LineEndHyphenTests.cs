using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

public class LineEndHyphenTests
{
    [Theory]
    [InlineData("the talks ended on 9 Octo-", "ber 1944 in Moscow", "the talks ended on 9 October 1944 in Moscow")]
    [InlineData("the garrison's commander-in-", "chief flew home", "the garrison's commander-in-chief flew home")]
    [InlineData("a pact of non-", "aggression was signed", "a pact of non-aggression was signed")]
    [InlineData("a Moscow-", "backed regime took over", "a Moscow-backed regime took over")]
    [InlineData("the Molotov-", "Ribbentrop line", "the Molotov-Ribbentrop line")]
    [InlineData("the purges of 1937-", "38 in the army", "the purges of 1937-38 in the army")]
    [InlineData("the treaty was signed", "in the spring", "the treaty was signed in the spring")]
    [InlineData("a dash at the end -", "and more", "a dash at the end - and more")]
    public void A_word_broken_at_a_line_end_is_joined_and_keeps_only_a_compound_hyphen(string above, string line, string joined) =>
        Assert.Equal(joined, LineEndHyphen.Append(above, line));

    [Fact]
    public void A_short_line_ending_in_a_broken_word_continues_on_the_next_line()
    {
        Assert.True(LineEndHyphen.Breaks("envoy Vasi-", "lyev arrived"));
        Assert.False(LineEndHyphen.Breaks("envoy Vasi-", "Later that day"));
        Assert.False(LineEndHyphen.Breaks("Notes -", "and more"));
    }

    [Fact]
    public void A_date_broken_across_two_wrapped_lines_reads_as_one_date()
    {
        var text = "The crossing\n\n" +
            "The garrison had waited for orders all week. On 12 Decem-\n" +
            "ber 1950 the first columns crossed the river at dawn, and\n" +
            "by noon the far bank was held by a single small regiment.\n";

        var prose = PlainTextArticleParser.Parse(Of(text, "scan.txt")).Blocks.Where(b => b.Kind == PassageKind.Paragraph).Select(b => b.Text).ToList();

        Assert.Contains(prose, p => p.StartsWith("On 12 December 1950 the first columns crossed", StringComparison.Ordinal));
    }
}
