using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.WikiExport;

public class WikiExportParserTests
{
    private const string Export = """
        <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
          <siteinfo>
            <sitename>River Atlas</sitename>
            <generator>MediaWiki 1.41.0</generator>
          </siteinfo>
          <page>
            <title>Kessel crossing</title>
            <ns>0</ns>
            <revision>
              <id>11</id>
              <timestamp>2024-01-02T10:00:00Z</timestamp>
              <contributor><username>Old editor</username></contributor>
              <comment>first draft of 2019</comment>
              <text xml:space="preserve">An early draft.</text>
            </revision>
            <revision>
              <id>12</id>
              <timestamp>2025-03-04T10:00:00Z</timestamp>
              <contributor><username>Ada Novak</username></contributor>
              <comment>rewrote the lead</comment>
              <text xml:space="preserve">In May 1931 '''Soviet engineers''' bridged the river at [[Kessel|the old ford]].&lt;ref&gt;Novak 2020, p. 3.&lt;/ref&gt;

        == Aftermath ==
        The garrison fled east in June 1931.

        [[Category:Rivers]]</text>
            </revision>
          </page>
          <page>
            <title>Ostland raid</title>
            <revision>
              <text xml:space="preserve">In 1933 the raid came.</text>
            </revision>
          </page>
        </mediawiki>
        """;

    private static ParsedDocument Parse(string text = Export) => DocumentParser.Parse(Of(text, "atlas.xml"));

    [Fact]
    public void A_mediawiki_export_is_told_by_its_root_element() =>
        Assert.Equal(SourceFormat.WikiExport, Parse().Format);

    [Fact]
    public void Each_page_is_its_latest_revision_read_as_wikitext_under_its_title()
    {
        var document = Parse();

        Assert.Equal("Kessel crossing", document.Title);
        Assert.Equal(["In May 1931 Soviet engineers bridged the river at the old ford.", "The garrison fled east in June 1931.", "In 1933 the raid came."], ProseOf(document));
        Assert.Equal("Ostland raid", Assert.Single(document.Blocks, b => b.Text == "In 1933 the raid came.").Section!.Text);
        Assert.Contains(document.References, r => r.Contains("Novak 2020", StringComparison.Ordinal));
    }

    [Fact]
    public void Revision_bookkeeping_is_no_prose()
    {
        var document = Parse();

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("draft", StringComparison.Ordinal) || b.Text.Contains("Ada Novak", StringComparison.Ordinal)
            || b.Text.Contains("River Atlas", StringComparison.Ordinal) || b.Text.Contains("Category", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_passage_names_its_line_in_the_export_file()
    {
        var lines = Export.Split('\n');
        foreach (var block in Parse().Blocks.Where(b => b.Kind != PassageKind.Heading))
            Assert.Contains(block.Text.Split(' ')[1], lines[block.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Badly_formed_xml_is_an_error_naming_the_file_and_line()
    {
        var error = Assert.Throws<ImportException>(() => Parse("<mediawiki>\n<page>\n<title>A</title>\n</mediawiki>"));

        Assert.Equal(("atlas.xml", 4), (error.FileName, error.Line));
    }
}
