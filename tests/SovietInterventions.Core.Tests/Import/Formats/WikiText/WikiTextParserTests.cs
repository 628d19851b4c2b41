using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.WikiText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.WikiText;

public class WikiTextParserTests
{
    private static ParsedDocument Parse(string text, string fileName = "article.wiki") => WikiTextParser.Parse(Of(text, fileName));

    private static Block Only(ParsedDocument document, PassageKind kind) => Assert.Single(document.Blocks, b => b.Kind == kind);

    [Fact]
    public void Title_comes_from_the_single_equals_heading()
    {
        var document = Parse("= Soviet involvement in regime change =\n\nText.\n");

        Assert.Equal("Soviet involvement in regime change", document.Title);
        Assert.Equal(SourceFormat.WikiText, document.Format);
    }

    [Fact]
    public void A_talk_page_signature_and_its_date_are_no_text()
    {
        var document = Parse("== Dates ==\n\nThe row says 1940. [[User:Ann B|Ann B]] ([[User talk:Ann B|talk]]) 18:22, 11 May 2021 (UTC)\n");

        var block = Only(document, PassageKind.Paragraph);
        Assert.Equal("The row says 1940.", block.Text);
    }

    [Fact]
    public void A_replys_indent_colons_are_no_text()
    {
        var document = Parse("== Dates ==\n\nThe row says 1940.\n:::No, it says 1941.\n");

        Assert.Equal(["The row says 1940.", "No, it says 1941."], document.Blocks.Where(b => b.Kind == PassageKind.Paragraph).Select(b => b.Text));
    }

    [Fact]
    public void Without_a_title_heading_the_title_is_the_file_name()
    {
        Assert.Equal("regime-change", Parse("== Section ==\n\nText.\n", "regime-change.wiki").Title);
    }

    [Theory]
    [InlineData("== Interwar period ==", 2)]
    [InlineData("=== 1920s ===", 3)]
    [InlineData("==== 1921–1924: Mongolia ====", 4)]
    [InlineData("===== Deep =====", 5)]
    [InlineData("  ==  Padded  ==  ", 2)]
    public void Heading_level_is_the_number_of_equals_signs(string line, int level)
    {
        Assert.True(WikiTextParser.TryReadHeading(line, out var actual, out var text));
        Assert.Equal(level, actual);
        Assert.Equal(text.Trim(), text);
        Assert.NotEmpty(text);
    }

    [Fact]
    public void Heading_with_four_equals_signs_is_a_level_four_section()
    {
        var document = Parse("= Title =\n== A ==\n=== B ===\n==== C ====\nText under C.\n");

        var heading = Assert.Single(document.Blocks, b => b.Kind == PassageKind.Heading && b.Text == "C");
        Assert.Equal(4, heading.Depth);
        Assert.Equal(4, heading.Section!.Level);
    }

    [Theory]
    [InlineData("== Heading =")]
    [InlineData("= Heading ==")]
    [InlineData("==")]
    [InlineData("== ==")]
    [InlineData("Heading ==")]
    [InlineData("======= Seven =======")]
    public void Unbalanced_or_empty_equals_lines_are_not_headings(string line)
    {
        Assert.False(WikiTextParser.TryReadHeading(line, out _, out _));
    }

    [Fact]
    public void Unbalanced_heading_stays_in_the_text_as_a_paragraph()
    {
        var document = Parse("= Title =\n== Heading =\n");

        var paragraph = Only(document, PassageKind.Paragraph);
        Assert.Equal("== Heading =", paragraph.Text);
        Assert.Equal(2, paragraph.Line);
        Assert.Equal(["Title"], paragraph.Headings.Select(h => h.Text));
    }

    [Fact]
    public void Headings_at_levels_two_to_four_give_the_section_path()
    {
        var document = Parse("""
            = Regime change =
            == 1952–1991: Cold War ==
            === 1950s ===
            ==== 1956: Hungary ====
            Soviet troops entered Budapest.
            === 1960s ===
            Text of the sixties.
            == See also ==
            - Other article
            """);

        var budapest = document.Blocks.Single(b => b.Text.StartsWith("Soviet troops"));
        Assert.Equal("Regime change › 1952–1991: Cold War › 1950s › 1956: Hungary", Path(budapest.Headings));
        Assert.Equal([1, 2, 3, 4], budapest.Headings.Select(h => h.Level));
        Assert.Equal([1, 2, 3, 4], budapest.Headings.Select(h => h.Line));

        var sixties = document.Blocks.Single(b => b.Text == "Text of the sixties.");
        Assert.Equal("Regime change › 1952–1991: Cold War › 1960s", Path(sixties.Headings));

        // "See also" is apparatus: its entries are references, not list items.
        Assert.DoesNotContain(document.Blocks, b => b.Kind == PassageKind.ListItem);
        Assert.Equal(["Other article"], document.References);
    }

    [Fact]
    public void Heading_that_skips_a_level_gives_a_warning_with_file_and_line()
    {
        var document = Parse("= Title =\n== A ==\n==== Too deep ====\nText.\n", "skip.wiki");

        var warning = Assert.Single(document.Warnings);
        Assert.StartsWith("skip.wiki:3:", warning);
        Assert.Contains("Too deep", warning);
    }

    [Fact]
    public void Well_nested_headings_give_no_warnings()
    {
        Assert.Empty(Parse("= T =\n== A ==\n=== B ===\n== C ==\nText.\n").Warnings);
    }

    [Fact]
    public void Each_non_blank_line_is_one_paragraph_with_its_line_number()
    {
        var document = Parse("= T =\n\nFirst paragraph. Two sentences.\n\n\nSecond paragraph.\n");

        var paragraphs = document.Blocks.Where(b => b.Kind == PassageKind.Paragraph).ToList();
        Assert.Equal(["First paragraph. Two sentences.", "Second paragraph."], paragraphs.Select(b => b.Text));
        Assert.Equal([3, 6], paragraphs.Select(b => b.Line));
    }

    [Theory]
    [InlineData("Annexed in August 1940.[15] Given a free hand", "Annexed in August 1940. Given a free hand")]
    [InlineData("the Cold War.^{[4] [5]} It expanded", "the Cold War. It expanded")]
    [InlineData("some historians^{who?]} say", "some historians say")]
    [InlineData("the Soviets^{[44]not in citation given]} invaded", "the Soviets invaded")]
    [InlineData("the 1921 revolution.^{[F 8]} Then", "the 1921 revolution. Then")]
    [InlineData("the coup [F 8] failed", "the coup failed")]
    [InlineData("the Pact[20][21]—the forerunner", "the Pact—the forerunner")]
    [InlineData("troops withdrew [citation needed], later", "troops withdrew, later")]
    public void Citation_marks_are_removed_from_paragraphs(string line, string expected)
    {
        var document = Parse("= T =\n" + line + "\n");

        Assert.Equal(expected, Only(document, PassageKind.Paragraph).Text);
    }

    [Theory]
    [InlineData("He said the events were \"annexation[s]\" of the states.")]
    [InlineData("one with a bomb and another with a rifle. [...] If you do not")]
    [InlineData("Article 2(4) of the Charter [sic] prohibits force.")]
    public void Editorial_brackets_that_are_not_citations_stay(string line)
    {
        Assert.Equal(line, Only(Parse("= T =\n" + line + "\n"), PassageKind.Paragraph).Text);
    }

    [Fact]
    public void Citation_marks_are_removed_from_headings()
    {
        var document = Parse("= T =\n== 1956: Hungary^{[12]} ==\nText.\n");

        Assert.Equal("1956: Hungary", document.Blocks.Single(b => b.Kind == PassageKind.Heading && b.Depth == 2).Text);
    }

    [Fact]
    public void Line_of_only_citation_marks_gives_no_block()
    {
        var document = Parse("= T =\n^{[4] [5]}\nText.\n");

        Assert.Equal(["T", "Text."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Star_hash_and_dash_lines_are_list_items_with_their_depth()
    {
        var document = Parse("= T =\n* Mongolia\n** Tuva\n*** Xinjiang\n# numbered\n- dashed\n-not a list item\n");

        var items = document.Blocks.Where(b => b.Kind == PassageKind.ListItem).Select(b => (b.Text, b.Depth)).ToList();
        Assert.Equal([("Mongolia", 0), ("Tuva", 1), ("Xinjiang", 2), ("numbered", 0), ("dashed", 0)], items);
        Assert.Equal("-not a list item", Only(document, PassageKind.Paragraph).Text);
    }

    [Fact]
    public void Second_title_level_heading_resets_the_section_path()
    {
        var document = Parse("= First =\n== A ==\n= Second =\nText.\n");

        Assert.Equal("First", document.Title);
        Assert.Equal("Second", Path(document.Blocks[^1].Headings));
    }
}
