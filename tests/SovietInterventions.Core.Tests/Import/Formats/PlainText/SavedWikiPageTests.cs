using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

/// <summary>A wiki page saved as text from the browser: its chrome, "[edit]" headings and apparatus are no narrative.</summary>
public class SavedWikiPageTests
{
    private const string Page = """
        Jump to content
        OldWarsWiki   Main page   Random page   Help   Log in
        Search OldWarsWiki

        Border Crisis of 1969
        From OldWarsWiki, the free encyclopedia
        (Redirected from River island clash)

        This article needs more reliable sources for verification. (May 2021)

        The Border Crisis of 1969 was a string of armed clashes along a frozen river that nearly turned into a wider war.

        Contents
        1 Origins
        2 The clashes
        3 See also

        Origins[edit]
        Both sides claimed a small island. Patrols shoved each other on the ice for years.

        [Image: island_patrol_1969.jpg]
        A patrol on the ice, winter 1968

        The clashes[edit]
        In March 1969 a patrol was ambushed on the island. Artillery answered two weeks later.

        See also[edit]
        Treaty of the Eastern River, 1991
        Frozen Fronts: a history

        References[edit]
        ^ Author, A. Ice and Iron. A Press, 2004.

        Retrieved from "https://oldwars.example.org/wiki/Border_Crisis"
        Categories: 1969 in Asia | Border wars
        This page was last edited on 2 June 2023, at 10:01.
        """;

    [Fact]
    public void The_line_above_the_site_tagline_is_the_title_and_the_menus_above_it_are_gone()
    {
        var document = PlainTextArticleParser.Parse(Of(Page, "saved.txt"));

        Assert.Equal("Border Crisis of 1969", document.Title);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Jump to") || b.Text.Contains("Main page") || b.Text.Contains("Search"));
    }

    [Fact]
    public void A_skin_that_sets_its_controls_on_lines_of_their_own_still_gives_the_title_above_the_tagline()
    {
        const string page = """
            Jump to content
            Main menu
            Search
            Create account Log in
            Border Crisis of 1969
            Add languages
            Article Talk
            Read Edit View history
            Tools
            From Wikipedia, the free encyclopedia

            The Border Crisis of 1969 was a string of armed clashes along a frozen river that nearly turned into a wider war.
            """;

        var document = PlainTextArticleParser.Parse(Of(page, "saved.txt"));

        Assert.Equal("Border Crisis of 1969", document.Title);
        Assert.DoesNotContain(document.Blocks, b => b.Text is "Tools" or "Main menu" or "Article Talk");
    }

    // Vector 2022 copied from the browser: every tab and menu entry on its own line, contents opening with "(Top)" and each
    // heading's "[edit]" link on the line below it.
    private const string NewerSkinPage = """
        Jump to content
        Main menu
        move to sidebar
        Navigation
        Main page
        Contents
        Current events
        Search
        Border Crisis of 1969
        12 languages
        Article
        Talk
        Read
        Edit
        View history
        Tools
        From Wikipedia, the free encyclopedia
        The Border Crisis of 1969 was a string of armed clashes along a frozen river that nearly turned into a wider war.
        Contents
        (Top)
        1 Origins
        2 The clashes
        Toggle The clashes subsection
        Origins
        [edit]
        Both sides claimed a small island. Patrols shoved each other on the ice for years.
        The clashes
        [edit]
        In March 1969 a patrol was ambushed on the island. Artillery answered two weeks later.
        """;

    [Fact]
    public void A_skin_that_sets_each_tab_on_a_line_of_its_own_gives_the_title_above_the_tabs()
    {
        var document = PlainTextArticleParser.Parse(Of(NewerSkinPage, "saved.txt"));

        Assert.Equal("Border Crisis of 1969", document.Title);
        Assert.DoesNotContain(document.Blocks, b => b.Text is "Article" or "Talk" or "View history" or "12 languages" or "(Top)"
            || b.Text.StartsWith("Toggle", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edit_link_on_the_line_below_a_line_makes_it_a_heading_over_the_lines_that_follow()
    {
        var document = PlainTextArticleParser.Parse(Of(NewerSkinPage, "saved.txt"));

        var headings = document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text).ToList();
        Assert.Equal(["Border Crisis of 1969", "Origins", "The clashes"], headings);
        var clash = Assert.Single(document.Blocks, b => b.Text.StartsWith("In March 1969", StringComparison.Ordinal));
        Assert.Equal("The clashes", clash.Section!.Text);
        Assert.Equal(29, clash.Line);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("[edit]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tagline_as_wide_as_the_wrapped_lines_does_not_take_the_redirect_line_below_it()
    {
        const string page = """
            Skip to main content
            OldWarsWiki   Home   Browse   Random article   Donate   Log in
            Search OldWarsWiki

            Border Crisis of 1969
            From OldWarsWiki, the free Cold War encyclopedia
            (Redirected from River island clash)

            The Border Crisis of 1969 was a string of armed clashes along a
            frozen river that nearly turned into a wider war. Both sides had
            claimed a small island for years, and patrols shoved each other.
            """;

        var document = PlainTextArticleParser.Parse(Of(page, "saved.txt"));

        Assert.Equal("Border Crisis of 1969", document.Title);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Browse") || b.Text.Contains("Redirected"));
    }

    [Fact]
    public void Lines_ending_in_edit_are_headings_without_the_mark()
    {
        var document = PlainTextArticleParser.Parse(Of(Page, "saved.txt"));

        var headings = document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text).ToList();
        Assert.Equal(["Border Crisis of 1969", "Origins", "The clashes"], headings);
        var clash = Assert.Single(document.Blocks, b => b.Text.StartsWith("In March 1969", StringComparison.Ordinal));
        Assert.Equal("The clashes", clash.Section!.Text);
    }

    [Fact]
    public void Banners_hatnotes_contents_placeholders_categories_and_footer_are_no_passages()
    {
        var document = PlainTextArticleParser.Parse(Of(Page, "saved.txt"));

        string[] chrome = ["Redirected", "needs more reliable", "Contents", "1 Origins", "[Image", "Retrieved", "Categories", "last edited"];
        Assert.DoesNotContain(document.Blocks, b => chrome.Any(c => b.Text.Contains(c, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_line_under_an_image_placeholder_is_its_caption()
    {
        var document = PlainTextArticleParser.Parse(Of(Page, "saved.txt"));

        var caption = Assert.Single(document.Blocks, b => b.Text.StartsWith("A patrol on the ice", StringComparison.Ordinal));
        Assert.Equal(PassageKind.Caption, caption.Kind);
    }

    [Fact]
    public void See_also_lines_and_caret_footnotes_are_references()
    {
        var document = PlainTextArticleParser.Parse(Of(Page, "saved.txt"));

        Assert.Contains("Treaty of the Eastern River, 1991", document.References);
        Assert.Contains("Author, A. Ice and Iron. A Press, 2004.", document.References);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("1991") || b.Text.Contains("Ice and Iron"));
    }

    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("(Redirected from Island incident)")]
    [InlineData("This section does not cite any sources.")]
    [InlineData("[File: old_map.png]")]
    [InlineData("Categories: Wars | Rivers")]
    [InlineData("Main menu")]
    [InlineData("Read Edit View history")]
    [InlineData("Search ColdWarWiki")]
    [InlineData("View history")]
    [InlineData("47 languages")]
    [InlineData("Toggle Background subsection")]
    public void Wiki_page_chrome_is_recognised(string line) => Assert.True(WikiPageChrome.Is(line));

    [Theory]
    [InlineData("This article argues that the clash was planned.")]
    [InlineData("From the river, the patrol saw the guns.")]
    [InlineData("Skip to the end: the war never came.")]
    [InlineData("Search parties found the crew.")]
    [InlineData("Toggle switches lined the cockpit of every subsection.")]
    [InlineData("Read the treaty.")]
    public void Prose_that_merely_starts_alike_is_no_chrome(string line) => Assert.False(WikiPageChrome.Is(line));
}
