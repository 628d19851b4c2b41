using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.WikiText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.WikiText;

/// <summary>The real wiki seed, parsed: its sections, headings, citation marks and "See also".</summary>
public class WikiTextSeedTests
{
    private static ParsedDocument Seed() => WikiTextParser.Parse(TestSources.Seed(WikiSeed));

    [Fact]
    public void Seed_has_the_1956_Hungary_section_at_level_four_under_the_1950s()
    {
        var document = Seed();

        var hungary = Assert.Single(document.Blocks, b => b.Kind == PassageKind.Heading && b.Text == "1956: Hungary");
        Assert.Equal(4, hungary.Depth);
        Assert.Equal(153, hungary.Line);
        Assert.EndsWith("› 1950s › 1956: Hungary", Path(hungary.Headings));
        Assert.Equal("Soviet involvement in regime change › 1952–1991: Rest of the Cold War › 1950s › 1956: Hungary", Path(hungary.Headings));

        var firstParagraph = document.Blocks.First(b => b.Line > hungary.Line);
        Assert.Equal(PassageKind.Paragraph, firstParagraph.Kind);
        Assert.Same(hungary.Section, firstParagraph.Section);
    }

    [Fact]
    public void Seed_has_37_headings_besides_see_also_and_no_warnings()
    {
        var document = Seed();

        Assert.Equal(37, document.Blocks.Count(b => b.Kind == PassageKind.Heading));
        Assert.Equal("Soviet involvement in regime change", document.Title);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Seed_has_no_citation_marks_left_in_any_block()
    {
        var document = Seed();

        Assert.All(document.Blocks, b =>
        {
            Assert.DoesNotContain("^{", b.Text);
            Assert.DoesNotContain("[4]", b.Text);
            Assert.DoesNotMatch(@"\[\d+\]", b.Text);
            Assert.DoesNotContain("[F 8]", b.Text);
            Assert.DoesNotContain("who?]", b.Text);
        });
    }

    [Fact]
    public void Seed_keeps_editorial_brackets()
    {
        var texts = Seed().Blocks.Select(b => b.Text).ToList();

        Assert.Contains(texts, t => t.Contains("\"annexation[s]\""));
        Assert.Contains(texts, t => t.Contains("rifle. [...] If you do"));
    }

    [Fact]
    public void Seed_see_also_entries_are_references_not_list_items()
    {
        var document = Seed();

        Assert.DoesNotContain(document.Blocks, b => b.Kind == PassageKind.ListItem);
        Assert.DoesNotContain(document.Blocks, b => b.Text == "See also");
        Assert.Equal(4, document.References.Count);
        Assert.Equal("Foreign interventions by the Soviet Union", document.References[0]);
    }
}
