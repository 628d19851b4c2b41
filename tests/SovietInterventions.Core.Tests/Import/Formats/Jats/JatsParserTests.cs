using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Jats;

public class JatsParserTests
{
    private const string Article = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN" "JATS-journalpublishing1-3.dtd">
        <article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article" dtd-version="1.3">
         <front>
          <journal-meta><journal-title-group><journal-title>Review of River Studies</journal-title></journal-title-group></journal-meta>
          <article-meta>
           <article-id pub-id-type="doi">10.0000/rrs-1</article-id>
           <title-group><article-title>The Kessel Bridge, 1931&#x2013;1933</article-title></title-group>
           <contrib-group>
            <contrib contrib-type="author"><name><surname>Novak</surname><given-names>Ada</given-names></name><xref ref-type="aff" rid="a1">1</xref></contrib>
           </contrib-group>
           <aff id="a1"><label>1</label>Institute of Rivers, Ostland</aff>
           <pub-date date-type="pub"><day>3</day><month>4</month><year>2030</year></pub-date>
           <history>
            <date date-type="received"><day>14</day><month>11</month><year>2029</year></date>
            <date date-type="accepted"><day>30</day><month>01</month><year>2030</year></date>
           </history>
           <permissions><license><license-p>Distributed under an open licence since 2030 for everyone.</license-p></license></permissions>
           <abstract><title>Abstract</title><p>This article follows the Soviet engineers at Kessel in 1931.</p></abstract>
           <kwd-group><kwd>Kessel</kwd><kwd>bridges</kwd></kwd-group>
          </article-meta>
         </front>
         <body>
          <sec id="s1">
           <label>1.</label><title>The crossing</title>
           <p>In May 1931 Soviet engineers bridged the river at Kessel.<xref ref-type="bibr" rid="b1">1</xref> <xref ref-type="bibr" rid="b1">Smith (1988)</xref> calls it a feat.<xref ref-type="fn" rid="fn1"><sup>2</sup></xref></p>
           <sec id="s1-1">
            <title>The garrison</title>
            <p>The garrison fled east in June 1931.</p>
            <list list-type="bullet"><list-item><p>two nights of work</p></list-item></list>
           </sec>
          </sec>
          <sec id="s2">
           <title>After the war</title>
           <table-wrap id="t1">
            <label>Table 1.</label><caption><p>Works on the river.</p></caption>
            <table>
             <thead><tr><th>Year</th><th>Event</th></tr></thead>
             <tbody><tr><td>1932</td><td>the bridge was widened</td></tr></tbody>
            </table>
            <table-wrap-foot><fn id="tf1"><p>A ferry ran in 1950 as well.</p></fn></table-wrap-foot>
           </table-wrap>
          </sec>
         </body>
         <back>
          <ack><p>We thank the archivists of Kessel for their help in 2029.</p></ack>
          <fn-group><fn id="fn1"><label>2</label><p>The bridge of 1960 is another story.</p></fn></fn-group>
          <ref-list>
           <title>References</title>
           <ref id="b1"><label>1</label><element-citation publication-type="book"><person-group><name><surname>Smith</surname><given-names>J.</given-names></name></person-group><source>The River</source><year>1988</year></element-citation></ref>
          </ref-list>
         </back>
        </article>
        """;

    private static ParsedDocument Parse(string text = Article, string fileName = "rrs-1.xml") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_jats_article_is_told_by_its_root_and_front_matter_whatever_its_file_is_called()
    {
        Assert.Equal(SourceFormat.Jats, Parse().Format);
        Assert.Equal(SourceFormat.Jats, Parse(fileName: "rrs-1.txt").Format);
    }

    [Fact]
    public void The_front_matter_is_metadata_and_its_dates_are_never_prose()
    {
        var document = Parse();

        Assert.Equal("The Kessel Bridge, 1931–1933", document.Title);
        Assert.Equal("Ada Novak", document.Metadata.Author);
        Assert.Equal("2030-04-03", document.Metadata.Date);
        Assert.Equal("https://doi.org/10.0000/rrs-1", document.Metadata.Url);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("2029", StringComparison.Ordinal) || b.Text.Contains("Review of River", StringComparison.Ordinal)
            || b.Text.Contains("licence", StringComparison.Ordinal) || b.Text.Contains("Institute", StringComparison.Ordinal));
    }

    [Fact]
    public void The_abstract_is_prose_under_the_title()
    {
        var abstractParagraph = Assert.Single(Parse().Blocks, b => b.Text.StartsWith("This article follows", StringComparison.Ordinal));

        Assert.Equal("The Kessel Bridge, 1931–1933", abstractParagraph.Section!.Text);
    }

    [Fact]
    public void Each_sections_title_is_a_heading_one_level_below_its_parents_without_its_label()
    {
        var headings = Parse().Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => (b.Text, b.Depth)).ToList();

        Assert.Equal([("The Kessel Bridge, 1931–1933", 1), ("The crossing", 2), ("The garrison", 3), ("After the war", 2)], headings);
    }

    [Fact]
    public void A_cross_reference_marker_vanishes_but_a_cited_name_stays_a_word_of_the_sentence()
    {
        var paragraph = Assert.Single(Parse().Blocks, b => b.Text.StartsWith("In May 1931", StringComparison.Ordinal));

        Assert.Equal("In May 1931 Soviet engineers bridged the river at Kessel. Smith (1988) calls it a feat.", paragraph.Text);
    }

    [Fact]
    public void A_footnote_and_the_reference_list_are_references_not_narrative()
    {
        var document = Parse();

        Assert.Contains("The bridge of 1960 is another story.", document.References);
        Assert.Contains("A ferry ran in 1950 as well.", document.References);
        Assert.Contains(document.References, r => r.Contains("Smith J. The River 1988", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("1960", StringComparison.Ordinal) || b.Text.Contains("1950", StringComparison.Ordinal)
            || b.Text.Contains("The River", StringComparison.Ordinal) || b.Text == "References");
    }

    [Fact]
    public void Acknowledgements_are_neither_narrative_nor_references()
    {
        var document = Parse();

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("archivists", StringComparison.Ordinal));
        Assert.DoesNotContain(document.References, r => r.Contains("archivists", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tables_rows_read_under_its_header_and_its_caption_is_a_caption()
    {
        var document = Parse();

        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Paragraph && b.Text == "Year: 1932; Event: the bridge was widened.");
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Caption && b.Text == "Works on the river.");
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.ListItem && b.Text == "two nights of work");
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Table 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_type_definition_expands_no_entity_and_fetches_nothing()
    {
        const string withEntities = """
            <?xml version="1.0"?>
            <!DOCTYPE article [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <article><front><article-meta/></front><body><p>Read &secret;.</p></body></article>
            """;

        var error = Assert.Throws<ImportException>(() => Parse(withEntities, "entities.xml"));

        Assert.Equal("entities.xml", error.FileName);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Badly_formed_xml_is_an_error_naming_the_file_and_line()
    {
        var error = Assert.Throws<ImportException>(() => Parse("<article>\n<front><article-meta/></front><body>\n<p>Unclosed</body></article>", "broken.nxml"));

        Assert.Equal("broken.nxml", error.FileName);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Sections_nested_thousands_deep_are_an_error_not_a_crash()
    {
        var deep = "<article><front><article-meta/></front><body>" + string.Concat(Enumerable.Repeat("<sec>", 5000)) + "<p>Deep.</p>"
            + string.Concat(Enumerable.Repeat("</sec>", 5000)) + "</body></article>";

        var error = Assert.Throws<ImportException>(() => Parse(deep, "deep.xml"));

        Assert.Equal("deep.xml", error.FileName);
        Assert.Contains("nested", error.Problem, StringComparison.Ordinal);
    }
}
