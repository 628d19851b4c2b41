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

    [Theory]
    [InlineData("The BORDER WAR was a conflict fought in 1941.", "The Border War was a conflict fought in 1941.")]
    [InlineData("The ISLAND CRISIS OF 1962 was a standoff.", "The Island Crisis of 1962 was a standoff.")]
    [InlineData("Outer Mongolia was ruled by the USSR's ally.", "Outer Mongolia was ruled by the USSR's ally.")]
    public void The_lead_reads_its_subject_in_capitals_in_title_case(string lead, string expected)
    {
        Assert.Equal(expected, ArticleTitle.WithSubjectInTitleCase(lead));
    }

    [Fact]
    public void A_lead_without_a_subject_in_capitals_gives_no_title()
    {
        Assert.Null(ArticleTitle.FromLead("Outer Mongolia was ruled by the USSR's ally during the war."));
    }

    [Fact]
    public void A_short_first_line_is_the_title_on_its_own_line()
    {
        string[] lines = ["", "Border Crisis of 1969", "", "The crisis began in March."];

        Assert.Equal(("Border Crisis of 1969", 1, true), ArticleTitle.Find(lines, lines, "crisis.txt"));
    }

    [Fact]
    public void The_line_above_a_wiki_tagline_is_the_title_whatever_menus_stand_above_it()
    {
        string[] lines = ["Main page   Random page   Log in", "River Island Clash", "From OldWarsWiki, the free encyclopedia", "The clash began in March."];

        Assert.Equal(("River Island Clash", 1, true), ArticleTitle.Find(lines, lines, "clash.txt"));
    }

    [Fact]
    public void A_sites_menu_bar_above_the_title_is_no_title_and_the_site_named_after_the_title_is_no_part_of_it()
    {
        string[] lines = ["News Board new | past | comments | ask | submit\tlogin", "", "The forgotten river mission, 1972-74 (2019) (harbour-review.org)", "180 points by kestrel 6 hours ago"];

        Assert.Equal(("The forgotten river mission, 1972-74 (2019)", 2, true), ArticleTitle.Find(lines, lines, "thread.txt"));
    }

    [Theory]
    [InlineData("Home | News | Sport | Weather", true)]
    [InlineData("Year | Event | Where", false)]
    [InlineData("| Year | Event | Where | Verdict |", false)]
    [InlineData("1956 | Soviet army crushes the uprising in the capital | Hungary | yes", false)]
    public void Four_or_more_short_items_set_apart_by_bars_are_a_menu_bar(string line, bool expected)
    {
        Assert.Equal(expected, ArticleTitle.IsMenuBar(line));
    }

    [Fact]
    public void A_first_line_of_prose_gives_the_subject_in_capitals_and_stays_text()
    {
        string[] lines = ["The BORDER WAR was a conflict fought in 1941 between two neighbours, and it ended in a truce."];

        Assert.Equal(("Border War", 0, false), ArticleTitle.Find(lines, lines, "war.txt"));
    }

    [Fact]
    public void A_document_without_text_takes_its_title_from_the_file_name()
    {
        string[] lines = ["", ""];

        Assert.Equal(("Border war notes", -1, false), ArticleTitle.Find(lines, lines, "border-war_notes.txt"));
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
