using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Markdown;

/// <summary>Bold lines that notes and scripts use as sub-headings, and bold words that stay prose.</summary>
public class EmphasisHeadingTests
{
    private static ParsedDocument Parse(string text) => MarkdownNotesParser.Parse(Of(text, "notes.md"));

    private static string SectionOf(ParsedDocument document, string start) =>
        Path(Assert.Single(document.Blocks, b => b.Kind != PassageKind.Heading && b.Text.StartsWith(start, StringComparison.Ordinal)).Headings);

    [Fact]
    public void A_bold_only_line_heads_the_bullets_below_it_one_level_under_the_section()
    {
        var document = Parse("""
            # Revision
            ## Cases

            **Ruritania**
            - advisers arrive in 1950

            **Freedonia**
            - tanks roll in 1951
            """);

        Assert.Equal("Revision › Cases › Ruritania", SectionOf(document, "advisers"));
        Assert.Equal("Revision › Cases › Freedonia", SectionOf(document, "tanks"));
        Assert.Equal(3, document.Blocks.Single(b => b is { Kind: PassageKind.Heading, Text: "Freedonia" }).Depth);
    }

    [Fact]
    public void A_bracketed_bold_stop_line_heads_the_paragraphs_until_the_next_one()
    {
        var document = Parse("""
            # Gallery tour

            **[Stop 2 — the far room: Ruritania, May 1950]**

            The columns arrived at dawn.

            **[Stop 3 — the exit]**

            Thank you for visiting.
            """);

        Assert.Equal("Gallery tour › Stop 2 — the far room: Ruritania, May 1950", SectionOf(document, "The columns"));
        Assert.Equal("Gallery tour › Stop 3 — the exit", SectionOf(document, "Thank you"));
    }

    [Fact]
    public void A_bold_lead_in_above_a_list_is_a_heading_and_its_pointer_stays_text()
    {
        var document = Parse("# Notes\n\n**Ruritania** → see the museum notes\n\n- the envoy was recalled\n");

        Assert.Equal("Notes › Ruritania", SectionOf(document, "the envoy"));
        Assert.Equal("Notes › Ruritania", SectionOf(document, "→ see the museum notes"));
    }

    [Theory]
    [InlineData("**The tanks came back in the night.**")]
    [InlineData("**Ruritania** was invaded in 1950, and nobody said a word about it afterwards")]
    [InlineData("The army moved in **without warning**")]
    [InlineData("**Note:** the envoy was recalled")]
    public void Bold_words_in_a_sentence_or_a_bold_sentence_stay_prose(string line)
    {
        var document = Parse($"# Notes\n\n{line}\n\nThe end of the notes.\n");

        Assert.Equal(["Notes"], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text));
    }

    [Fact]
    public void A_bold_line_repeating_its_section_heading_heads_nothing_new()
    {
        var document = Parse("# Notes\n\n## The plan\n\n**The plan**\n\n- aid arrives in 1948\n");

        Assert.Equal("Notes › The plan", SectionOf(document, "aid arrives"));
    }

    [Fact]
    public void A_bold_line_inside_a_list_item_stays_the_item()
    {
        var document = Parse("# Notes\n\n- **FOR**\n  - it was cheap\n");

        Assert.Contains(document.Blocks, b => b is { Kind: PassageKind.ListItem, Text: "FOR" });
        Assert.Single(document.Blocks, b => b.Kind == PassageKind.Heading);
    }

    [Fact]
    public void A_bold_references_line_opens_an_apparatus_section()
    {
        var document = Parse("# Notes\n\nThe army left in 1950.\n\n**Further reading**\n\nSmith, A history (1990)\n");

        Assert.Contains("Smith, A history (1990)", document.References);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Smith"));
    }

    [Fact]
    public void A_few_bold_words_closed_by_a_full_stop_head_the_paragraph_they_run_into_stay_in_it_and_head_nothing_after_it()
    {
        var document = Parse("""
            # Coding notes

            **Ruritania, 1950.** In May the envoy was recalled. Advisers arrived in June.

            **Freedonia, 1951–1952.** Tanks rolled in.

            A past paper asks how far this was defensive, 1945–89.
            """);

        Assert.Equal("Coding notes › Ruritania, 1950", SectionOf(document, "Ruritania, 1950. In May the envoy"));
        Assert.Equal("Coding notes › Freedonia, 1951–1952", SectionOf(document, "Freedonia, 1951–1952. Tanks rolled in."));
        Assert.Equal("Coding notes", SectionOf(document, "A past paper"));
    }

    [Theory]
    [InlineData("**The tanks came back in the night and nobody said a word.** Then they left.")]
    [InlineData("**Ruritania.** was invaded")]
    [InlineData("**Notes.** Soviet pilots flew over the canal in 1970.")]
    public void A_long_bold_sentence_a_run_in_without_a_sentence_after_it_or_an_apparatus_word_stays_prose(string line)
    {
        var document = Parse($"# Notes\n\n{line}\n");

        Assert.Equal(["Notes"], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text));
        Assert.Single(document.Blocks, b => b.Kind == PassageKind.Paragraph);
    }
}
