using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Tei;

public class TeiParserTests
{
    private const string Edition = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader>
            <fileDesc>
              <titleStmt>
                <title type="sub">A chronicle of the river war</title>
                <title type="main">The Kessel Frontier, 1931–1933</title>
                <editor><persName>Ada Novak</persName></editor>
              </titleStmt>
              <publicationStmt>
                <date when="2030-04-01">1 April 2030</date>
                <idno type="URI">https://editions.example/kessel</idno>
              </publicationStmt>
              <sourceDesc><p>Written for the seminar in 1999; nothing here is prose.</p></sourceDesc>
            </fileDesc>
          </teiHeader>
          <text>
            <body>
              <div type="entry">
                <head>Ostland, <date when="1931">1931</date></head>
                <p>In May 1931 <orgName>Soviet engineers</orgName> bridged the river
                  at <placeName>Kessel</placeName>.<note type="editorial">The bridge of 1950 is another story.</note> The garrison
                  <choice><sic>fleed</sic><corr>fled</corr></choice> east<del> at once</del>.<pb n="12"/></p>
                <div type="subentry">
                  <head>The crossing</head>
                  <list>
                    <item>Engineers under <persName>Ivo Mařík</persName>
                      <list><item>two nights of work</item></list>
                    </item>
                  </list>
                  <table>
                    <row role="label"><cell>Year</cell><cell>Event</cell></row>
                    <row><cell>1932</cell><cell>the bridge was widened</cell></row>
                  </table>
                  <figure><head>The bridge in 1932</head><figDesc>A photograph.</figDesc></figure>
                </div>
              </div>
              <p>After the entries: a closing word.</p>
            </body>
            <back>
              <div type="bibliography">
                <head>Works consulted</head>
                <listBibl><bibl><author>J. Smith</author>, <title>The River</title> (1988).</bibl></listBibl>
              </div>
            </back>
          </text>
        </TEI>
        """;

    private static ParsedDocument Parse(string text = Edition, string fileName = "kessel.xml") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_tei_edition_is_told_by_its_root_element_whatever_its_file_is_called()
    {
        Assert.Equal(SourceFormat.Tei, Parse().Format);
        Assert.Equal(SourceFormat.Tei, Parse(fileName: "kessel.txt").Format);
    }

    [Fact]
    public void The_header_is_metadata_and_never_prose()
    {
        var document = Parse();

        Assert.Equal("The Kessel Frontier, 1931–1933", document.Title);
        Assert.Equal("Ada Novak", document.Metadata.Author);
        Assert.Equal("2030-04-01", document.Metadata.Date);
        Assert.Equal("https://editions.example/kessel", document.Metadata.Url);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("seminar", StringComparison.Ordinal) || b.Text.Contains("chronicle", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_divisions_head_is_a_heading_one_level_below_its_parents_and_ends_with_its_division()
    {
        var document = Parse();

        var headings = document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => (b.Text, b.Depth)).ToList();
        Assert.Equal([("The Kessel Frontier, 1931–1933", 1), ("Ostland, 1931", 2), ("The crossing", 3)], headings);
        var closing = Assert.Single(document.Blocks, b => b.Text == "After the entries: a closing word.");
        Assert.Equal("The Kessel Frontier, 1931–1933", closing.Section!.Text);
    }

    [Fact]
    public void A_paragraph_reads_as_a_reader_is_given_it_and_its_note_is_a_reference()
    {
        var document = Parse();

        var paragraph = Assert.Single(document.Blocks, b => b.Text.StartsWith("In May 1931", StringComparison.Ordinal));
        Assert.Equal(["In May 1931 Soviet engineers bridged the river at Kessel.", "The garrison fled east."], paragraph.Sentences);
        Assert.Equal(22, paragraph.Line);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("1950", StringComparison.Ordinal) || b.Text.Contains("fleed", StringComparison.Ordinal));
        Assert.Contains("The bridge of 1950 is another story.", document.References);
    }

    [Fact]
    public void List_items_table_rows_and_figure_heads_are_prose_of_their_kinds()
    {
        var document = Parse();

        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.ListItem && b.Text == "Engineers under Ivo Mařík" && b.Depth == 0);
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.ListItem && b.Text == "two nights of work" && b.Depth == 1);
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Paragraph && b.Text == "Year: 1932; Event: the bridge was widened.");
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Caption && b.Text == "The bridge in 1932");
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("photograph", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bibliography_is_references_not_prose()
    {
        var document = Parse();

        Assert.Contains(document.References, r => r.Contains("J. Smith, The River (1988).", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Smith", StringComparison.Ordinal) || b.Text == "Works consulted");
    }

    [Fact]
    public void A_document_type_definition_expands_no_entity_and_fetches_nothing()
    {
        const string withEntities = """
            <?xml version="1.0"?>
            <!DOCTYPE TEI [ <!ENTITY secret SYSTEM "file:///etc/passwd"> <!ENTITY lol "lol"> ]>
            <TEI><teiHeader/><text><body><p>Read &secret; and &lol;.</p></body></text></TEI>
            """;

        var error = Assert.Throws<ImportException>(() => Parse(withEntities, "entities.xml"));

        Assert.Equal("entities.xml", error.FileName);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Badly_formed_xml_is_an_error_naming_the_file_and_line()
    {
        var error = Assert.Throws<ImportException>(() => Parse("<TEI>\n<text><body>\n<p>Unclosed paragraph</body></text></TEI>", "broken.tei"));

        Assert.Equal("broken.tei", error.FileName);
        Assert.Equal(3, error.Line);
        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_nested_thousands_deep_are_an_error_not_a_crash()
    {
        var deep = "<TEI><text><body>" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "<p>Deep.</p>" + string.Concat(Enumerable.Repeat("</div>", 5000)) + "</body></text></TEI>";

        var error = Assert.Throws<ImportException>(() => Parse(deep, "deep.xml"));

        Assert.Equal("deep.xml", error.FileName);
        Assert.Contains("nested", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_a_text_is_an_error_naming_the_file()
    {
        var error = Assert.Throws<ImportException>(() => Parse("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc/></teiHeader></TEI>", "header.xml"));

        Assert.Equal("header.xml", error.FileName);
    }

    [Fact]
    public void Xml_that_is_not_tei_is_still_an_unknown_format()
    {
        var error = Assert.Throws<ImportException>(() => Parse("<catalog><book>The River</book></catalog>", "catalog.xml"));

        Assert.Contains("unknown format", error.Problem, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("# Encoding notes\n\nOur files open like this:\n\n```xml\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n```\n\nIn 1950 we began.\n", "notes.md")]
    [InlineData("Encoding notes\n\nThe root element is <TEI> and every file has one. We began in 1950.\n", "notes.txt")]
    public void A_note_that_quotes_a_tei_element_is_no_edition(string text, string fileName)
    {
        Assert.NotEqual(SourceFormat.Tei, Parse(text, fileName).Format);
    }

    [Fact]
    public void A_tei_edition_behind_a_comment_and_a_document_type_declaration_is_still_told()
    {
        const string edition = "<?xml version=\"1.0\"?>\n<!-- exported -->\n<!DOCTYPE TEI [ <!ENTITY ed \"edition\"> ]>\n<TEI><text><body><p>Prose.</p></body></text></TEI>";

        Assert.Equal(SourceFormat.Tei, Parse(edition, "e.xml").Format);
    }

    [Fact]
    public void Every_text_of_a_corpus_is_read()
    {
        const string corpus = "<teiCorpus><teiHeader/><TEI><teiHeader/><text><body><p>First text.</p></body></text></TEI>"
            + "<TEI><teiHeader/><text><body><p>Second text.</p></body></text></TEI></teiCorpus>";

        var prose = Parse(corpus, "c.xml").Blocks.Select(b => b.Text).ToList();

        Assert.Contains("First text.", prose);
        Assert.Contains("Second text.", prose);
    }

    [Fact]
    public void Named_characters_a_word_broken_at_a_line_end_a_reading_of_the_apparatus_and_the_title_page_read_as_a_reader_sees_them()
    {
        const string edition = "<TEI><text><front><titlePage><docTitle><titlePart>The River War</titlePart></docTitle></titlePage></front>"
            + "<body><p>The Sov<lb break=\"no\"/>iet engineers &mdash; sixty of them &mdash; <app><lem>crossed</lem><rdg>bridged</rdg></app> the river.</p></body></text></TEI>";

        var document = Parse(edition, "e.xml");

        var prose = Assert.Single(document.Blocks, b => b.Kind != PassageKind.Heading);
        Assert.Equal("The Soviet engineers — sixty of them — crossed the river.", prose.Text);
    }

    [Theory]
    [InlineData("<hi>", "</hi>")]
    [InlineData("<list><item>", "</item></list>")]
    public void Inline_elements_nested_thousands_deep_are_an_error_naming_the_file(string open, string close)
    {
        var deep = "<TEI><text><body><p>" + string.Concat(Enumerable.Repeat(open, 5000)) + "Deep." + string.Concat(Enumerable.Repeat(close, 5000)) + "</p></body></text></TEI>";

        var error = Assert.Throws<ImportException>(() => Parse(deep, "deep.xml"));

        Assert.Equal("deep.xml", error.FileName);
    }

    [Fact]
    public void Entities_defined_in_terms_of_each_other_are_never_expanded()
    {
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [ <!ENTITY a \"aaaaaaaaaa\"> "
            + string.Concat(Enumerable.Range(1, 9).Select(n => $"<!ENTITY {(char)('a' + n)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + n - 1)};", 10))}\"> "))
            + "]>\n<TEI><text><body><p>&j;</p></body></text></TEI>";

        var error = Assert.Throws<ImportException>(() => Parse(laughs, "laughs.xml"));

        Assert.Equal("laughs.xml", error.FileName);
        Assert.Equal(3, error.Line);
    }
}
