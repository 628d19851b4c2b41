using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

/// <summary>A news page's advertisement slots, breadcrumbs and photo captions are never headings.</summary>
public class PageFurnitureTests
{
    private const string Page = """
        The Morning Gazette

        News > World > Europe > 1990 > May

        How the garrison left the valley

        The last columns drove out of the valley on a wet morning. Nobody waved them off.

        ADVERTISEMENT

        Photo: Army trucks at the border post, May 1990. (Gazette archive)

        The officers had been told to leave nothing behind. They left a great deal.

        RELATED STORIES
        - Why the 1968 summit failed (3 May 2019)
        """;

    [Fact]
    public void Advertisement_slots_breadcrumbs_and_photo_captions_make_no_headings()
    {
        var document = PlainTextArticleParser.Parse(Of(Page, "page.txt"));

        var headings = document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text).ToList();
        Assert.Equal(["The Morning Gazette", "How the garrison left the valley"], headings);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("ADVERTISEMENT") || b.Text.Contains("News >"));
    }

    [Fact]
    public void A_photo_caption_is_a_caption_without_its_label()
    {
        var document = PlainTextArticleParser.Parse(Of(Page, "page.txt"));

        var caption = Assert.Single(document.Blocks, b => b.Kind == PassageKind.Caption);
        Assert.Equal("Army trucks at the border post, May 1990. (Gazette archive)", caption.Text);
    }

    [Fact]
    public void A_related_stories_list_right_below_its_label_is_references()
    {
        var document = PlainTextArticleParser.Parse(Of(Page, "page.txt"));

        Assert.Contains("Why the 1968 summit failed (3 May 2019)", document.References);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("summit") || b.Text.Contains("RELATED"));
    }

    [Fact]
    public void A_related_stories_box_in_the_middle_of_an_article_ends_with_its_block()
    {
        const string page = """
            How the garrison left the valley

            The last columns drove out of the valley on a wet morning. Nobody waved them off.

            RELATED STORIES
            > Why the 1968 summit failed
            > The general who ran the airlift

            3. The second valley

            The officers had been told to leave nothing behind. They left a great deal.
            """;

        var document = PlainTextArticleParser.Parse(Of(page, "page.txt"));

        Assert.Contains(document.References, r => r.Contains("summit"));
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Paragraph && b.Text.StartsWith("The officers", StringComparison.Ordinal));
        Assert.DoesNotContain(document.References, r => r.Contains("officers"));
    }

    [Fact]
    public void A_numbered_title_alone_between_blank_lines_heads_its_section_and_a_numbered_sentence_does_not()
    {
        const string page = """
            How the garrison left the valley

            1. The first valley

            The last columns drove out of the valley on a wet morning.

            2. The officers were told to leave nothing behind.

            They left a great deal.
            """;

        var document = PlainTextArticleParser.Parse(Of(page, "page.txt"));

        var headings = document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text).ToList();
        Assert.Equal(["How the garrison left the valley", "The first valley"], headings);
    }

    [Theory]
    [InlineData("Soviet troops > two divisions > crossed the river")]
    [InlineData("Advertisement of the new plan was made in May.")]
    [InlineData("Imagery: the tanks stood in rows")]
    [InlineData("| 1956 | Hungary | Soviet invasion |")]
    [InlineData("1968 | Czechoslovakia | Invasion | Warsaw Pact")]
    [InlineData("Poland | Hungary | Czechoslovakia")]
    [InlineData("The soldiers shared their cookies with the villagers, who accepted them.")]
    [InlineData("Share prices in Prague fell by a third in the week after the invasion.")]
    [InlineData("By August the Soviet garrison had left the valley.")]
    [InlineData("Registered members of the party were purged")]
    [InlineData("The privacy of the post was not respected.")]
    public void Prose_that_looks_a_little_like_furniture_stays_prose(string line)
    {
        Assert.False(PageFurniture.IsFurniture(line));
        Assert.Null(PageFurniture.Caption(line));
    }

    [Fact]
    public void A_cookie_banner_a_call_to_subscribe_a_byline_and_a_share_bar_are_no_title_and_no_text()
    {
        var page = "We value your privacy\nWe use cookies to improve your experience on our site.\nACCEPT ALL    REJECT ALL    MANAGE OPTIONS\nSubscribe to our newsletter\n\n"
            + "How the garrison left the valley\n\nBy Anna Writer | 14 March 2021 | 9 min read\nShare this: Facebook Twitter Email Print\n\n"
            + "The last columns drove out of the valley on a wet morning. Nobody waved them off.\n";

        var document = PlainTextArticleParser.Parse(Of(page, "gazette.txt"));

        Assert.Equal("How the garrison left the valley", document.Title);
        Assert.Equal(["The last columns drove out of the valley on a wet morning.", "Nobody waved them off."],
            document.Blocks.Where(b => b.Kind != PassageKind.Heading).Select(b => b.Text));
    }

    [Fact]
    public void A_menu_bar_is_no_title_and_no_text()
    {
        var page = "Home | Magazine | Archive | Topics | Log in\n\nHow the garrison left the valley\n\n" +
            "The last columns drove out of the valley on a wet morning. Nobody waved them off.\n\nAbout us | Contact | Privacy policy | Terms\n";

        var document = PlainTextArticleParser.Parse(Of(page, "gazette.txt"));

        Assert.Equal("How the garrison left the valley", document.Title);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains('|'));
    }
}
