using SovietInterventions.Core.Import.Formats.Markdown;

namespace SovietInterventions.Core.Tests.Import.Formats.Markdown;

public class ObsidianTextTests
{
    [Theory]
    [InlineData("1956-Hungarian_Revolution", "1956 Hungarian Revolution")]
    [InlineData("../../notes/Winter_War.md#Aftermath", "Winter War")]
    [InlineData("Soviet–Afghan_War", "Soviet–Afghan War")]
    [InlineData("Warsaw-Pact", "Warsaw-Pact")]
    public void A_link_target_reads_as_words(string target, string expected)
    {
        Assert.Equal(expected, ObsidianText.Readable(target));
    }

    [Fact]
    public void Numbers_after_a_hash_are_not_tags()
    {
        var tags = new List<string>();

        Assert.Equal("Item #1 of the list, written in C#.", ObsidianText.Clean("Item #1 of the list, written in C#.", tags));
        Assert.Empty(tags);
    }

    [Fact]
    public void An_unclosed_wikilink_is_left_as_written()
    {
        var tags = new List<string>();

        Assert.Equal("[[never closed and [[another", ObsidianText.Clean("[[never closed and [[another", tags));
    }

    [Fact]
    public void Many_unclosed_wikilinks_are_read_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("[[a ", 50_000));

        Assert.Equal(text.TrimEnd(), ObsidianText.Clean(text, new List<string>()));
    }

    [Theory]
    [InlineData("Treaty art. 6. ==This is the clause cited in Aug 1941.==", "Treaty art. 6. This is the clause cited in Aug 1941.")]
    [InlineData("if a == b the check holds", "if a == b the check holds")]
    [InlineData("==one== and ==two==", "one and two")]
    public void A_highlight_reads_as_its_words_and_a_lone_pair_of_equals_signs_stays(string text, string expected)
    {
        Assert.Equal(expected, ObsidianText.Clean(text, new List<string>()));
    }
}
