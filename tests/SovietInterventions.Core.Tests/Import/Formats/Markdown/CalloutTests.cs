using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Markdown;

/// <summary>Obsidian callouts: the title heads the callout's text, never glued to its first sentence.</summary>
public class CalloutTests
{
    private static ParsedDocument Parse(string text) => MarkdownNotesParser.Parse(Of(text, "daily.md"));

    [Fact]
    public void A_callout_title_heads_its_text_and_is_no_part_of_the_first_sentence()
    {
        var document = Parse("# Day\n\n## Reading\n\n> [!summary] The border war\n> The garrison fell on 3 May. Talks followed.\n");

        var body = Assert.Single(document.Blocks, b => b.Kind == PassageKind.Paragraph);
        Assert.Equal(["The garrison fell on 3 May.", "Talks followed."], body.Sentences);
        Assert.Equal("Day › Reading › The border war", Path(body.Headings));
    }

    [Fact]
    public void Text_after_a_callout_is_back_under_the_section_heading()
    {
        var document = Parse("# Day\n\n## Reading\n\n> [!note] Aside\n> A remark.\n\nThe army withdrew.\n");

        var after = Assert.Single(document.Blocks, b => b.Text == "The army withdrew.");
        Assert.Equal("Day › Reading", Path(after.Headings));
    }

    [Fact]
    public void A_callout_without_a_title_is_its_text_without_the_marker()
    {
        var document = Parse("# Day\n\n> [!warning]\n> Do not confuse the two treaties.\n");

        Assert.Equal(["Do not confuse the two treaties."], document.Blocks.Where(b => b.Kind != PassageKind.Heading).Select(b => b.Text));
    }

    [Fact]
    public void A_callout_titled_sources_leaves_the_text_after_it_as_prose()
    {
        var document = Parse("# Day\n\n> [!quote] Sources\n> An old book.\n\nThe army withdrew.\n");

        Assert.Contains("An old book.", document.References);
        Assert.Contains(document.Blocks, b => b.Text == "The army withdrew.");
    }
}
