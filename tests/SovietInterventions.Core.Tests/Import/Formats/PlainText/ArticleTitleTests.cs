using SovietInterventions.Core.Import.Formats.PlainText;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

public class ArticleTitleTests
{
    [Theory]
    [InlineData("The BORDER WAR was a conflict fought in 1941.", "Border War")]
    [InlineData("The NORTH–SOUTH PACT, officially the TREATY OF FRIENDSHIP, was signed.", "North–South Pact")]
    [InlineData("The ISLAND CRISIS OF 1962 was a standoff.", "Island Crisis of 1962")]
    [InlineData("In 1945 the USSR and the US met. The RIVER TALKS followed.", "River Talks")]
    public void The_subject_in_capitals_becomes_a_title_in_title_case(string lead, string expected)
    {
        Assert.Equal(expected, ArticleTitle.FromLead(lead));
    }

    [Fact]
    public void A_lead_without_a_subject_in_capitals_gives_no_title()
    {
        Assert.Null(ArticleTitle.FromLead("Outer Mongolia was ruled by the USSR's ally during the war."));
    }

    [Theory]
    [InlineData("Background", true)]
    [InlineData("1967 Writers' Congress", true)]
    [InlineData("Kennedy described the plan:", false)]
    [InlineData("in the capital after the treaty", false)]
    [InlineData("The station kept broadcasting until noon.", false)]
    public void A_short_unpunctuated_capitalised_line_looks_like_a_title(string line, bool expected)
    {
        Assert.Equal(expected, ArticleTitle.LooksLikeTitle(line));
    }
}
