using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Markdown;

/// <summary>TOML front matter as Hugo and Zola write it ("+++" fences): metadata by the same rules as YAML's, never prose.</summary>
public class FrontMatterTests
{
    private static ParsedDocument Parse(string text, string fileName = "post.md") => MarkdownNotesParser.Parse(Of(text, fileName));

    private const string Post = """
        +++
        title = "Rafts on the Amur"
        date = 1999-04-01T23:30:00-02:00
        draft = false
        aliases = ["/old/rafts-on-the-amur/"]
        tags = ["border war", "#rivers"]
        summary = "A short post about a long winter in 1929."
        [cover]
          image = "/img/raft.jpg"
          caption = "A raft frozen into the ice, 1929."
        +++

        The rafts came at night. Nobody had slept.

        ## What the garrison said

        The post kept signalling until noon.
        """;

    [Fact]
    public void TOML_front_matter_gives_the_title_date_aliases_and_tags_and_never_prose()
    {
        var document = Parse(Post);

        Assert.Equal("Rafts on the Amur", document.Title);
        Assert.Equal("1999-04-02", document.Metadata.Date);
        Assert.Equal(["rafts-on-the-amur"], document.Metadata.Aliases);
        Assert.Equal(["border war", "rivers"], document.Metadata.Tags);
        Assert.Equal(["The rafts came at night. Nobody had slept.", "The post kept signalling until noon."], ProseOf(document));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void TOML_front_matter_title_heads_the_section_path_and_the_lines_below_keep_their_numbers()
    {
        var document = Parse(Post);

        var first = Assert.Single(document.Blocks, b => b.Text.StartsWith("The rafts came", StringComparison.Ordinal));
        Assert.Equal("Rafts on the Amur", Path(first.Headings));
        Assert.Equal(13, first.Line);
        var post = Assert.Single(document.Blocks, b => b.Text.StartsWith("The post kept", StringComparison.Ordinal));
        Assert.Equal("Rafts on the Amur › What the garrison said", Path(post.Headings));
    }

    [Fact]
    public void A_TOML_date_without_a_time_and_a_date_written_as_a_string_are_both_dates()
    {
        Assert.Equal("1929-10-12", Parse("+++\ntitle = \"T\"\ndate = 1929-10-12\n+++\n\nText here.\n").Metadata.Date);
        Assert.Equal("1929-10-12", Parse("+++\ntitle = \"T\"\ndate = \"1929-10-12\"\n+++\n\nText here.\n").Metadata.Date);
    }

    [Fact]
    public void Front_matter_that_is_not_valid_toml_gives_a_warning_at_its_line_and_no_metadata()
    {
        var document = Parse("+++\ntitle = \"T\"\ntags = [unclosed\n+++\n\n# Heading\n\nText here.\n");

        var warning = Assert.Single(document.Warnings);
        Assert.StartsWith("post.md:3: front matter is not valid TOML", warning, StringComparison.Ordinal);
        Assert.Equal("Heading", document.Title);
        Assert.Equal(["Text here."], ProseOf(document));
    }

    [Fact]
    public void A_text_opening_with_TOML_front_matter_is_read_as_Markdown_whatever_its_name()
    {
        var document = DocumentParser.Parse(Of("+++\ntitle = \"Rafts on the Amur\"\n+++\n\nThe rafts came at night.\n\nNobody had slept.\n", "post.txt"));

        Assert.Equal(SourceFormat.Markdown, document.Format);
        Assert.Equal("Rafts on the Amur", document.Title);
    }

    [Fact]
    public void A_line_that_only_begins_with_the_fence_closes_no_TOML_front_matter_so_the_text_is_not_taken_for_Markdown_by_it()
    {
        const string text = "+++\ntitle = \"Rafts\"\n+++ more\n\nThe garrison fell in May.\n";

        Assert.True(MarkdownNotesParser.Likeness(new DocumentShape(text, text.Split('\n'))) < 4);
    }
}
