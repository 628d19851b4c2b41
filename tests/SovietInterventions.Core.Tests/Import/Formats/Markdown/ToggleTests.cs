using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Markdown;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Markdown;

/// <summary>Toggles as Notion and GitHub export them: the summary heads what the toggle folds.</summary>
public class ToggleTests
{
    private const string Page = """
        # Tracker

        ## Write-ups

        <details>
        <summary>River war — <b>May 1931</b></summary>

        The engineers bridged the river in two nights.

        </details>

        Back under the write-ups.

        <details>
        <summary>Second case</summary>

        Another account.

        </details>
        """;

    private static ParsedDocument Parse() => MarkdownNotesParser.Parse(Of(Page, "tracker.md"));

    [Fact]
    public void A_toggles_summary_heads_the_text_it_folds()
    {
        var folded = Assert.Single(Parse().Blocks, b => b.Text.StartsWith("The engineers", StringComparison.Ordinal));

        Assert.Equal("Tracker › Write-ups › River war — May 1931", Path(folded.Headings));
    }

    [Fact]
    public void Text_after_a_toggle_is_back_under_the_section_and_the_next_toggle_heads_its_own()
    {
        var document = Parse();

        Assert.Equal("Tracker › Write-ups", Path(Assert.Single(document.Blocks, b => b.Text == "Back under the write-ups.").Headings));
        Assert.Equal("Tracker › Write-ups › Second case", Path(Assert.Single(document.Blocks, b => b.Text == "Another account.").Headings));
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains('<'));
    }

    [Theory]
    [InlineData("<details><summary>River war</summary>The engineers bridged the river in 1931.</details>\n\nAfter the toggle.\n")]
    [InlineData("<details>\n<summary>River war</summary>\nThe engineers bridged the river in 1931.\n</details>\n\nAfter the toggle.\n")]
    public void A_toggle_written_in_one_block_keeps_its_text_under_its_summary_and_nothing_after_it(string toggle)
    {
        var document = MarkdownNotesParser.Parse(Of("# Tracker\n\n## Write-ups\n\n" + toggle, "tracker.md"));

        Assert.Equal("Tracker › Write-ups › River war", Path(Assert.Single(document.Blocks, b => b.Text.StartsWith("The engineers", StringComparison.Ordinal)).Headings));
        Assert.Equal("Tracker › Write-ups", Path(Assert.Single(document.Blocks, b => b.Text == "After the toggle.").Headings));
    }

    [Fact]
    public void A_toggle_without_a_summary_closes_only_itself()
    {
        var document = MarkdownNotesParser.Parse(Of("# T\n\n<details>\n<summary>Outer</summary>\n\n<details>\n\nInner text.\n\n</details>\n\nStill outer.\n\n</details>\n", "t.md"));

        Assert.Equal("T › Outer", Path(Assert.Single(document.Blocks, b => b.Text == "Still outer.").Headings));
    }
}
