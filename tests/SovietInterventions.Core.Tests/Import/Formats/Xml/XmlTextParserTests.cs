using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Xml;

public class XmlTextParserTests
{
    // A notes app's export: each note's content is HTML in CDATA; dates, tags and ids are bookkeeping.
    private const string Export = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">
        <en-export export-date="20251103T101500Z" application="Evernote">
          <note>
            <title>River war clippings</title>
            <created>20250214T090000Z</created>
            <tag>rivers</tag>
            <content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><en-note><div>In May 1931 Soviet engineers bridged the river at Kessel.</div>
        <div>The garrison fled east in June.</div></en-note>]]></content>
          </note>
          <note>
            <title>Ostland</title>
            <content>&lt;en-note&gt;&lt;p&gt;In 1933 the raid came at night.&lt;/p&gt;&lt;/en-note&gt;</content>
          </note>
        </en-export>
        """;

    private static ParsedDocument Parse(string text = Export, string fileName = "clippings.enex") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void Xml_that_holds_prose_is_read_each_records_title_heading_its_text()
    {
        var document = Parse();

        Assert.Equal(SourceFormat.Xml, document.Format);
        var crossing = Assert.Single(document.Blocks, b => b.Sentences.Contains("In May 1931 Soviet engineers bridged the river at Kessel."));
        Assert.Equal("River war clippings", crossing.Section!.Text);
        Assert.Equal("Ostland", Assert.Single(document.Blocks, b => b.Text == "In 1933 the raid came at night.").Section!.Text);
    }

    [Fact]
    public void An_applications_own_elements_part_the_blocks_inside_them_as_divs_do()
    {
        var document = Parse();

        Assert.Contains(document.Blocks, b => b.Text == "In May 1931 Soviet engineers bridged the river at Kessel.");
        Assert.Contains(document.Blocks, b => b.Text == "The garrison fled east in June.");
    }

    [Fact]
    public void Dates_tags_and_ids_are_no_prose()
    {
        var document = Parse();

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("2025", StringComparison.Ordinal) || b.Text == "rivers" || b.Text.Contains("Evernote", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_passage_names_its_line_in_the_file()
    {
        var block = Assert.Single(Parse().Blocks, b => b.Text.StartsWith("In May 1931", StringComparison.Ordinal));

        Assert.Contains("In May 1931", Export.Split('\n')[block.Line - 1], StringComparison.Ordinal);
    }

    // A book-like XML (DocBook and its kin): paragraphs with inline markup and a footnote inside.
    private const string Article = """
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns="http://docbook.org/ns/docbook" version="5.1">
          <title>River wars</title>
          <section>
            <title>Kessel, May 1931</title>
            <para>The response came on 17 May. <personname>General Ostrov</personname>, commander of the <emphasis>river flotilla</emphasis>,
              brought gunboats up to the bridge at Kessel.<footnote><para>The number of boats is disputed.</para></footnote> The garrison fled east.</para>
            <para>Nothing else happened in the valley that spring, and the ferries ran again in June.</para>
          </section>
        </article>
        """;

    [Fact]
    public void A_paragraph_with_inline_markup_is_one_text_and_its_footnote_a_reference()
    {
        var document = Parse(Article, "river-wars.xml");

        var response = Assert.Single(document.Blocks, b => b.Text.StartsWith("The response came on 17 May.", StringComparison.Ordinal));
        Assert.Equal("The response came on 17 May. General Ostrov, commander of the river flotilla, brought gunboats up to the bridge at Kessel. The garrison fled east.", response.Text);
        Assert.Equal("Kessel, May 1931", response.Section!.Text);
        Assert.Contains("The number of boats is disputed.", document.References);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("disputed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_with_inline_markup_inside_an_admonition_note_is_read_and_a_note_in_a_note_once()
    {
        var document = Parse(Article.Replace("<para>Nothing else happened", "<note><para>The bridge at <emphasis>Kessel</emphasis> was rebuilt in stone by the engineers.<footnote><para>Plans differ.<footnote><para>Two plans survive.</para></footnote></para></footnote></para></note><para>Nothing else happened", StringComparison.Ordinal), "river-wars.xml");

        Assert.Contains(document.Blocks, b => b.Text == "The bridge at Kessel was rebuilt in stone by the engineers.");
        Assert.Single(document.References, r => r.Contains("Two plans survive.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<catalog><book>The River</book><book>The Bridge</book></catalog>")]
    [InlineData("<?xml version=\"1.0\"?><episodes><episode year=\"1956\">Hungary</episode></episodes>")]
    public void Xml_records_without_prose_stay_an_unknown_format(string text)
    {
        var error = Assert.Throws<ImportException>(() => Parse(text, "records.xml"));

        Assert.Contains("unknown format", error.Problem, StringComparison.Ordinal);
    }
}
