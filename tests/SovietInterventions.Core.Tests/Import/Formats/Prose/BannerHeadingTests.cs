using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Tests.Import.Formats.Prose;

/// <summary>Hand-typed headings in notes: words wrapped in runs of one mark.</summary>
public class BannerHeadingTests
{
    [Theory]
    [InlineData("*** ROMANIA 1944 ***", '*', "ROMANIA 1944")]
    [InlineData("=== The border war ===", '=', "The border war")]
    [InlineData("  --- part two ---  ", '-', "part two")]
    [InlineData("######## Finland ########", '#', "Finland")]
    [InlineData("==== 1945 ===", '=', "1945")]
    public void Words_wrapped_in_runs_of_one_mark_are_a_banner(string line, char mark, string text) =>
        Assert.Equal((mark, text), BannerHeading.Of(line));

    [Theory]
    [InlineData("***bold and italic***")]
    [InlineData("* * *")]
    [InlineData("------")]
    [InlineData("=== open only")]
    [InlineData("*** mixed marks ===")]
    [InlineData("-- short runs --")]
    [InlineData("- a bullet that ends in a dash -")]
    public void Rules_emphasis_and_bullets_are_no_banner(string line) => Assert.Null(BannerHeading.Of(line));

    [Theory]
    [InlineData("==========")]
    [InlineData("  *****  ")]
    [InlineData("---")]
    public void A_run_of_one_mark_alone_is_a_rule(string line) => Assert.True(BannerHeading.IsRule(line));

    [Theory]
    [InlineData("=== Poland ===")]
    [InlineData("==")]
    [InlineData("=-=-=-")]
    [InlineData("* * *")]
    public void Words_short_runs_and_mixed_marks_are_no_rule(string line) => Assert.False(BannerHeading.IsRule(line));

    [Theory]
    [InlineData("1. POLAND, SEPT 1939 !!", '-')]
    [InlineData("2. FINLAND - WINTER WAR ??", '-')]
    [InlineData("Soviet troops left Iran in May 1946.", null)]
    [InlineData("NOT an invasion!", null)]
    [InlineData("Soviet troops invaded Czechoslovakia on 21 August 1968 !!", null)]
    public void A_line_framed_by_rules_is_a_banner_and_a_notes_doubled_marks_end_no_sentence(string line, char? mark)
    {
        var rule = new string('-', 40);
        Assert.Equal(mark, BannerHeading.Framing([rule, line, rule], 1));
    }

    [Fact]
    public void A_notes_doubled_marks_are_no_part_of_its_banners_words() =>
        Assert.Equal("--- 1. POLAND, SEPT 1939 ---", BannerHeading.AsBanner('-', "1. POLAND, SEPT 1939 !!"));
}
