using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats;

public class DocumentParserTests
{
    [Theory]
    [InlineData("= Title =\n\n== Section ==\n\n=== Subsection ===\n", "headings.wiki")]
    [InlineData("# Title\n\n## Section\n\n### Subsection\n", "headings.md")]
    [InlineData("Just a title line\n\n", "headings.txt")]
    public void Document_with_only_headings_is_an_error_naming_the_file(string content, string fileName)
    {
        var e = Assert.Throws<ImportException>(() => DocumentParser.Parse(Of(content, fileName)));

        Assert.Equal(fileName, e.FileName);
        Assert.Contains(fileName, e.Message);
        Assert.Contains("no text found", e.Problem);
    }

    [Fact]
    public void A_reading_list_of_references_without_prose_is_a_source_not_an_error()
    {
        var bib = "@book{westad2005,\n  author = {Westad, Odd Arne},\n  title = {The Global Cold War},\n  year = {2005}\n}\n";

        var document = DocumentParser.Parse(Of(bib, "paper.bib"));

        Assert.Equal(SourceFormat.BibTeX, document.Format);
        Assert.Single(document.References);
    }

    [Fact]
    public void Plain_text_whose_only_body_is_a_navigation_box_is_an_error()
    {
        var navigationBox = string.Concat(Enumerable.Repeat("World War IISoviet UnionannexedNazi GermanyMolotov–Ribbentrop PactPolandLatviaLatvian SSREstonia", 6));

        var e = Assert.Throws<ImportException>(() => DocumentParser.Parse(Of("Occupations\n" + navigationBox + "\n", "nav.txt")));

        Assert.Contains("PlainText", e.Problem);
    }

    [Theory]
    [InlineData(WikiSeed, SourceFormat.WikiText, "Soviet involvement in regime change")]
    [InlineData(PlainTextSeed, SourceFormat.PlainText, "Military occupations by the Soviet Union")]
    [InlineData(MarkdownSeed, SourceFormat.Markdown, "Soviet union foreign policy")]
    public void Each_seed_is_parsed_by_its_format_parser_with_its_title_and_hash(string seed, SourceFormat format, string title)
    {
        var source = Seed(seed);

        var document = DocumentParser.Parse(source);

        Assert.Equal(format, document.Format);
        Assert.Equal(title, document.Title);
        Assert.Equal(seed, document.FileName);
        Assert.Equal(source.Sha256, document.Sha256);
        Assert.Contains(document.Blocks, b => b.Kind != PassageKind.Heading);
    }

    [Theory]
    [InlineData(WikiSeed)]
    [InlineData(PlainTextSeed)]
    [InlineData(MarkdownSeed)]
    public void Blocks_of_every_seed_are_in_line_order_with_non_empty_text(string seed)
    {
        var document = DocumentParser.Parse(Seed(seed));
        var lineCount = Seed(seed).Text.Split('\n').Length;

        Assert.All(document.Blocks, b =>
        {
            Assert.False(string.IsNullOrWhiteSpace(b.Text));
            Assert.Equal(b.Text.Trim(), b.Text);
            Assert.InRange(b.Line, 1, lineCount);
        });
        Assert.Equal(document.Blocks.Select(b => b.Line).Order(), document.Blocks.Select(b => b.Line));
    }
}
