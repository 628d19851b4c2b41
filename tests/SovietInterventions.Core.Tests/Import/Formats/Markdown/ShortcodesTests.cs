using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Markdown;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Markdown;

/// <summary>Hugo's shortcodes in a Markdown body: the markup is never prose, a paired one's text is.</summary>
public class ShortcodesTests
{
    private static ParsedDocument Parse(string text) => MarkdownNotesParser.Parse(Of(text, "post.md"));

    [Fact]
    public void A_shortcode_on_its_own_line_is_no_prose()
    {
        var document = Parse("# Post\n\n{{< toc >}}\n\nThe garrison fell in May.\n\n{{< youtube dQw4w9WgXcQ >}}\n");

        Assert.Equal(["The garrison fell in May."], ProseOf(document));
    }

    [Fact]
    public void A_paired_shortcode_keeps_its_inner_text_and_loses_its_markup()
    {
        var document = Parse("# Post\n\n{{% notice info %}}\nThe treaty was never signed.\n{{% /notice %}}\n\nThe garrison fell in May.\n");

        Assert.Equal(["The treaty was never signed.", "The garrison fell in May."], ProseOf(document));
    }

    [Fact]
    public void A_paired_shortcode_within_a_line_keeps_its_words()
    {
        var document = Parse("# Post\n\nThe garrison {{< highlight >}}fell in May{{< /highlight >}} of that year.\n");

        Assert.Equal(["The garrison fell in May of that year."], ProseOf(document));
    }

    [Fact]
    public void A_figure_caption_is_read_as_a_Markdown_image_caption_is_and_never_as_prose()
    {
        var figure = Parse("# Post\n\n{{< figure src=\"/img/raft.jpg\" caption=\"A raft on the \\\"Amur\\\" [1929].\" class=\"wide\" >}}\n\nText here.\n");
        var image = Parse("# Post\n\n![A raft on the \"Amur\" \\[1929\\].](/img/raft.jpg)\n\nText here.\n");

        Assert.Equal(["Text here."], ProseOf(figure));
        Assert.Equal(image.References, figure.References);
        Assert.Contains("A raft on the \"Amur\" [1929]. (/img/raft.jpg)", figure.References);
    }

    [Fact]
    public void A_figure_without_a_caption_leaves_nothing()
    {
        var document = Parse("# Post\n\n{{< figure src=\"/img/raft.jpg\" alt=\"raft\" >}}\n\nText here.\n");

        Assert.Equal(["Text here."], ProseOf(document));
        Assert.Empty(document.References);
    }

    [Fact]
    public void A_ref_in_a_link_leaves_the_links_words()
    {
        var document = Parse("# Post\n\nSee [the earlier post]({{< ref \"1929-amur.md\" >}}) on the river war.\n");

        Assert.Equal(["See the earlier post on the river war."], ProseOf(document));
    }

    [Fact]
    public void A_shortcode_over_several_lines_goes_whole_and_the_lines_below_keep_their_numbers()
    {
        var document = Parse("# Post\n\n{{< figure\n  src=\"/img/raft.jpg\"\n  alt=\"raft\" >}}\n\nText here.\n");

        var text = Assert.Single(document.Blocks, b => b.Text == "Text here.");
        Assert.Equal(7, text.Line);
        Assert.Equal(["Text here."], ProseOf(document));
    }

    [Fact]
    public void A_figure_caption_over_several_lines_is_one_caption_and_the_lines_below_keep_their_numbers()
    {
        var document = Parse("# Post\n\n{{< figure src=\"/img/raft.jpg\" caption=\"Rafts on\n\nthe river\" >}}\n\nText here.\n");

        var text = Assert.Single(document.Blocks, b => b.Text == "Text here.");
        Assert.Equal(7, text.Line);
        Assert.Equal(["Text here."], ProseOf(document));
    }
}
