using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Markdown;

public class MarkdownNotesParserTests
{
    private static ParsedDocument Parse(string text, string fileName = "notes.md") => MarkdownNotesParser.Parse(Of(text, fileName));

    private static Block Find(ParsedDocument document, string text) => Assert.Single(document.Blocks, b => b.Text == text);

    private const string Notes = """
        # Soviet foreign policy

        ## Initial stage

        - Trotsky idea was to export revolution
          - backed up by Lenin
            - and by the Comintern
        - \* PLUS revolt in Germany
        - **PRO PLAN**

        #### Socialism in one country

        Stalin turned inward.

        # One against all

        - \*USSR wasn't invited
        """;

    [Fact]
    public void Headings_make_the_section_path()
    {
        var document = Parse(Notes);

        Assert.Equal("Soviet foreign policy › Initial stage", Path(Find(document, "Trotsky idea was to export revolution").Headings));
        Assert.Equal("Soviet foreign policy › Initial stage › Socialism in one country", Path(Find(document, "Stalin turned inward.").Headings));
        Assert.Equal("One against all", Path(Find(document, "USSR wasn't invited").Headings));
        Assert.Equal([1, 2, 4], Find(document, "Stalin turned inward.").Headings.Select(h => h.Level));
    }

    [Fact]
    public void Title_is_the_first_heading_and_headings_are_blocks_with_their_level()
    {
        var document = Parse(Notes);

        Assert.Equal("Soviet foreign policy", document.Title);
        Assert.Equal(SourceFormat.Markdown, document.Format);
        Assert.Equal(
            [("Soviet foreign policy", 1), ("Initial stage", 2), ("Socialism in one country", 4), ("One against all", 1)],
            document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => (b.Text, b.Depth)));
    }

    [Fact]
    public void Nested_bullets_keep_their_depth()
    {
        var document = Parse(Notes);

        Assert.Equal(0, Find(document, "Trotsky idea was to export revolution").Depth);
        Assert.Equal(1, Find(document, "backed up by Lenin").Depth);
        Assert.Equal(2, Find(document, "and by the Comintern").Depth);
        Assert.Equal(0, Find(document, "PLUS revolt in Germany").Depth);
        Assert.All(document.Blocks.Where(b => b.Kind != PassageKind.Heading && b.Text != "Stalin turned inward."),
            b => Assert.Equal(PassageKind.ListItem, b.Kind));
    }

    [Fact]
    public void Escaped_star_bullets_are_ordinary_content_without_the_star()
    {
        var document = Parse(Notes);

        var plus = Find(document, "PLUS revolt in Germany");
        Assert.Equal(PassageKind.ListItem, plus.Kind);
        Assert.Equal(PassageKind.ListItem, Find(document, "USSR wasn't invited").Kind);
        Assert.DoesNotContain(document.Blocks, b => b.Text.StartsWith('*') || b.Text.StartsWith('\\'));
    }

    [Fact]
    public void Bold_label_is_an_ordinary_list_item_with_plain_text()
    {
        var label = Find(Parse(Notes), "PRO PLAN");

        Assert.Equal(PassageKind.ListItem, label.Kind);
        Assert.Equal(9, label.Line);
        Assert.DoesNotContain('*', label.Text);
    }

    [Fact]
    public void Line_numbers_are_the_lines_of_the_source()
    {
        var document = Parse(Notes);

        Assert.Equal(
            [1, 3, 5, 6, 7, 8, 9, 11, 13, 15, 17],
            document.Blocks.Select(b => b.Line));
        Assert.Equal(11, Find(document, "Socialism in one country").Line);
        Assert.Equal(11, Find(document, "Stalin turned inward.").Headings[^1].Line);
    }

    [Fact]
    public void Hand_made_dash_marks_and_emphasis_are_dropped_from_the_text()
    {
        var document = Parse("# N\n\n- To do so Russia needed\n  - -Time to prepare to war\n- Some *emphasis* and `code` and [a link](https://example.org)\n");

        Assert.Equal(1, Find(document, "Time to prepare to war").Depth);
        Find(document, "Some emphasis and code and a link");
    }

    [Fact]
    public void Paragraph_lines_are_joined_with_single_spaces()
    {
        var document = Parse("# N\n\nFirst line of a paragraph\nsecond   line of it.\n");

        Assert.Equal(3, Find(document, "First line of a paragraph second line of it.").Line);
    }

    [Fact]
    public void Text_before_the_first_heading_gives_a_warning_with_file_and_line()
    {
        var document = Parse("\nPreamble text.\n\n# Heading\n\nBody.\n", "early.md");

        var warning = Assert.Single(document.Warnings);
        Assert.StartsWith("early.md:2:", warning);
        Assert.Empty(Find(document, "Preamble text.").Headings);
        Assert.Equal("Heading", document.Title);
    }

    [Fact]
    public void Notes_without_headings_take_the_file_name_as_title()
    {
        Assert.Equal("pact-points", Parse("- one\n- two\n", "pact-points.md").Title);
    }

    [Fact]
    public void Quoted_text_is_kept_as_a_paragraph()
    {
        Assert.Equal(PassageKind.Paragraph, Find(Parse("# N\n\n> Stalin said war was inevitable.\n"), "Stalin said war was inevitable.").Kind);
    }

    // The real notes.

    private static ParsedDocument Seed() => MarkdownNotesParser.Parse(TestSources.Seed(MarkdownSeed));

    [Fact]
    public void Seed_PRO_PLAN_label_is_plain_text_on_line_84()
    {
        var label = Find(Seed(), "PRO PLAN");

        Assert.Equal(84, label.Line);
        Assert.Equal(PassageKind.ListItem, label.Kind);
        Assert.Equal("So was stalin preparing the war?", label.Section!.Text);
    }

    [Fact]
    public void Seed_escaped_bullets_lose_their_marks()
    {
        var document = Seed();

        Assert.Equal(6, Find(document, "PLUS spartakian's revolt in Germany and Hungarian revolt in 1919").Line);
        Assert.DoesNotContain(document.Blocks, b => b.Text.StartsWith('*') || b.Text.StartsWith('-') || b.Text.Contains("\\*") || b.Text.Contains("**"));
    }

    [Fact]
    public void Seed_nested_bullets_are_one_level_deeper()
    {
        var document = Seed();

        var nested = Find(document, "Time to prepare to war");
        Assert.Equal(68, nested.Line);
        Assert.Equal(1, nested.Depth);
        Assert.Equal(0, Find(document, "To do so Russia needed").Depth);
    }

    [Fact]
    public void Seed_section_paths_follow_the_heading_levels()
    {
        var document = Seed();

        Assert.Equal("Will it mean another war? › Old new friend › Some dates", Path(Find(document, "September 1934 joined League.").Headings));
        Assert.Equal("So was stalin preparing the war? › AGAINST", Path(document.Blocks[^1].Headings));
        Assert.Equal(94, document.Blocks[^1].Line);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Seed_every_block_line_holds_its_text()
    {
        var source = TestSources.Seed(MarkdownSeed);
        var lines = source.Text.Split('\n');

        Assert.All(MarkdownNotesParser.Parse(source).Blocks, b =>
            Assert.Contains(b.Text.Split(' ')[0], lines[b.Line - 1]));
    }
}
