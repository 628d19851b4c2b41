using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Formats.Odt;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Odt;

public class OdtParserTests
{
    private const string Namespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
        xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
        """;

    // A student's draft saved as a flat OpenDocument text: a deletion and an insertion tracked, a tutor's annotation, a footnote,
    // a list and a small table.
    private const string Draft = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document {Namespaces} office:version="1.3">
         <office:meta><meta:creation-date>2024-03-02T10:00:00</meta:creation-date><dc:title>The lake flotilla, 1926</dc:title><meta:initial-creator>A. Student</meta:initial-creator></office:meta>
         <office:settings><config:config-item-set xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">Settings of 1999</config:config-item-set></office:settings>
         <office:font-face-decls><style:font-face style:name="Serif face of 1998"/></office:font-face-decls>
         <office:styles><style:style style:name="Title" style:family="paragraph"/><text:notes-configuration text:note-class="footnote"/></office:styles>
         <office:automatic-styles><style:style style:name="P7" style:family="paragraph" style:parent-style-name="Subtitle"/></office:automatic-styles>
         <office:body><office:text>
          <text:tracked-changes>
           <text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>Tutor</dc:creator><dc:date>2024-03-05T09:00:00</dc:date></office:change-info><text:p>in the spring of 1925</text:p></text:deletion></text:changed-region>
           <text:changed-region text:id="c2"><text:insertion><office:change-info><dc:creator>Tutor</dc:creator></office:change-info></text:insertion></text:changed-region>
          </text:tracked-changes>
          <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>
          <text:p text:style-name="Title">The lake flotilla, 1926</text:p>
          <text:p text:style-name="P7">Second draft, for the tutor</text:p>
          <text:h text:outline-level="1"><text:bookmark-start text:name="b1"/>The landing<text:bookmark-end text:name="b1"/></text:h>
          <text:p>Soviet gunboats<text:s/>reached the northern shore <text:change text:change-id="c1"/><text:change-start text:change-id="c2"/>in August 1926<text:change-end text:change-id="c2"/>.<office:annotation><dc:creator>Tutor</dc:creator><text:p>Which archive gives this date?</text:p></office:annotation><text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Fleet log, volume 3, folio 12.</text:p></text:note-body></text:note></text:p>
          <text:h text:outline-level="2">Forces</text:h>
          <text:p><text:span>The garrison</text:span><text:tab/>surrendered<text:line-break/>at <text:a xlink:href="https://example.org" xmlns:xlink="http://www.w3.org/1999/xlink">Port Vell</text:a>.<text:soft-page-break/></text:p>
          <text:list><text:list-item><text:p>Three gunboats crossed the lake.</text:p></text:list-item><text:list-item><text:list><text:list-item><text:p>One ran aground.</text:p></text:list-item></text:list></text:list-item></text:list>
          <table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/>
           <table:table-header-rows><table:table-row><table:table-cell><text:p/></table:table-cell><table:table-cell><text:p>Port Vell</text:p></table:table-cell></table:table-row></table:table-header-rows>
           <table:table-row><table:table-cell><text:p>Soviet landing</text:p></table:table-cell><table:table-cell><text:p>August 1926</text:p></table:table-cell></table:table-row>
          </table:table>
         </office:text></office:body>
        </office:document>
        """;

    private static ParsedDocument Parse(string text = Draft) => DocumentParser.Parse(Of(text, "draft.fodt"));

    [Fact]
    public void A_flat_opendocument_text_is_told_from_its_root_and_titled_by_its_dc_title_with_its_dates_as_metadata()
    {
        var document = Parse();

        Assert.Equal((SourceFormat.Odt, "The lake flotilla, 1926"), (document.Format, document.Title));
        Assert.Equal(("2024-03-02T10:00:00", "A. Student"), (document.Metadata.Date, document.Metadata.Author));
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("2024", StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_stand_at_their_outline_level_under_the_title()
    {
        var headings = Parse().Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => Path(b.Headings)).ToList();

        Assert.Equal(["The lake flotilla, 1926", "The lake flotilla, 1926 › The landing", "The lake flotilla, 1926 › The landing › Forces"], headings);
    }

    [Fact]
    public void Tracked_changes_read_as_accepted_and_annotations_citation_marks_and_furniture_are_no_text()
    {
        var prose = ProseOf(Parse());

        Assert.Contains("Soviet gunboats reached the northern shore in August 1926.", prose);
        Assert.Contains("The garrison surrendered at Port Vell.", prose);
        Assert.DoesNotContain(prose, p => p.Contains("1925", StringComparison.Ordinal) || p.Contains("archive", StringComparison.Ordinal)
            || p.Contains("Second draft", StringComparison.Ordinal) || p.Contains("199", StringComparison.Ordinal)
            || p.Contains("Illustration", StringComparison.Ordinal) || p.Contains("Fleet log", StringComparison.Ordinal));
    }

    [Fact]
    public void Footnotes_are_references_list_paragraphs_list_items_and_table_rows_sentences_under_the_first_rows_labels()
    {
        var document = Parse();

        Assert.Equal(["Fleet log, volume 3, folio 12."], document.References);
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.ListItem && b.Text == "Three gunboats crossed the lake.");
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.ListItem && b.Text == "One ran aground.");
        Assert.Contains(document.Blocks, b => b.Text == "Soviet landing; Port Vell: August 1926.");
    }

    [Fact]
    public void Only_an_office_document_with_a_text_body_is_an_opendocument_text()
    {
        var spreadsheet = Draft.Replace("office:text>", "office:spreadsheet>", StringComparison.Ordinal);

        Assert.Equal(6, OdtParser.Likeness(new DocumentShape(Draft, [], "draft.fodt")));
        Assert.Equal(0, OdtParser.Likeness(new DocumentShape(spreadsheet, [], "draft.fodt")));
        Assert.Equal(0, OdtParser.Likeness(new DocumentShape(Draft.Replace("opendocument:xmlns:office", "example:office", StringComparison.Ordinal), [], "draft.xml")));
    }

    [Fact]
    public void An_office_document_with_no_text_body_is_refused_naming_the_file()
    {
        var error = Assert.Throws<ImportException>(() => OdtParser.Parse(Of($"<office:document {Namespaces}><office:body/></office:document>", "draft.fodt")));

        Assert.Contains("draft.fodt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_frame_beside_a_paragraph_is_no_part_of_its_text()
    {
        const string framed = """<text:p>The garrison surrendered.<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><draw:text-box><text:p>Photo: the harbour in 1930</text:p></draw:text-box></draw:frame></text:p>""";
        var document = Parse(Draft.Replace("<text:list>", framed + "<text:list>", StringComparison.Ordinal));

        Assert.Contains(document.Blocks, b => b.Text == "The garrison surrendered.");
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("harbour", StringComparison.Ordinal));
    }
}
