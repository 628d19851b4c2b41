using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Ocr;

public class AltoParserTests
{
    private const string Page = """
        <?xml version="1.0" encoding="UTF-8"?>
        <alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">
        <Description>
        <MeasurementUnit>pixel</MeasurementUnit>
        <sourceImageInformation><fileName>/scans/gazette_0004.tif</fileName></sourceImageInformation>
        <OCRProcessing ID="OCR1"><ocrProcessingStep><processingDateTime>2031-02-03T10:00:00</processingDateTime>
        <processingSoftware><softwareName>Reader Engine</softwareName></processingSoftware></ocrProcessingStep></OCRProcessing>
        </Description>
        <Styles>
        <TextStyle ID="BODY" FONTSIZE="8"/>
        <TextStyle ID="HEAD" FONTSIZE="24"/>
        <TextStyle ID="SUB" FONTSIZE="14"/>
        </Styles>
        <Layout>
        <Page ID="P1" HEIGHT="1000" WIDTH="800">
        <TopMargin ID="TM"><TextBlock ID="RH"><TextLine><String CONTENT="Page"/><String CONTENT="4"/></TextLine></TextBlock></TopMargin>
        <PrintSpace ID="PS">
        <TextBlock ID="T1" STYLEREFS="HEAD">
        <TextLine><String CONTENT="Kessel"/><SP/><String CONTENT="Bridge"/><SP/><String CONTENT="Taken"/></TextLine>
        </TextBlock>
        <TextBlock ID="T2" STYLEREFS="SUB">
        <TextLine><String CONTENT="Engineers"/><SP/><String CONTENT="cross"/><SP/><String CONTENT="at"/><SP/><String CONTENT="night"/></TextLine>
        </TextBlock>
        <TextBlock ID="T3" STYLEREFS="BODY">
        <TextLine><String CONTENT="In"/><SP/><String CONTENT="May"/><SP/><String CONTENT="1931"/><SP/><String CONTENT="the"/><SP/><String CONTENT="engi" SUBS_TYPE="HypPart1" SUBS_CONTENT="engineers"/><HYP CONTENT="-"/></TextLine>
        <TextLine><String CONTENT="neers" SUBS_TYPE="HypPart2" SUBS_CONTENT="engineers"/><SP/><String CONTENT="bridged"/><SP/><String CONTENT="the"/><SP/><String CONTENT="river"/><SP/><String CONTENT="at"/><SP/><String CONTENT="Kes"/><HYP CONTENT="-"/></TextLine>
        <TextLine><String CONTENT="sel."/><SP/><String CONTENT="The"/><SP/><String CONTENT="garrison"/><SP/><String CONTENT="fled."/></TextLine>
        </TextBlock>
        <Illustration ID="I1" TYPE="photo"/>
        <ComposedBlock ID="C1" TYPE="Article">
        <TextBlock ID="T4" STYLEREFS="BODY">
        <TextLine><String CONTENT="LATE"/><SP/><String CONTENT="NEWS"/></TextLine>
        </TextBlock>
        <TextBlock ID="T5" STYLEREFS="BODY">
        <TextLine><String CONTENT="A"/><SP/><String CONTENT="ferry"/><SP/><String CONTENT="sank"/><SP/><String CONTENT="in"/><SP/><String CONTENT="1932."/></TextLine>
        </TextBlock>
        </ComposedBlock>
        </PrintSpace>
        </Page>
        </Layout>
        </alto>
        """;

    private static ParsedDocument Parse(string text = Page, string fileName = "gazette_0004.xml") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void An_alto_file_is_told_by_its_root_whatever_its_file_is_called()
    {
        Assert.Equal(SourceFormat.Ocr, FormatDetector.Detect(Of(Page, "page.xml")));
        Assert.Equal(SourceFormat.Ocr, FormatDetector.Detect(Of(Page, "page.txt")));
    }

    [Fact]
    public void A_block_set_larger_than_the_body_is_a_heading_the_larger_the_higher_and_the_largest_titles_the_page()
    {
        var document = Parse();

        Assert.Equal("Kessel Bridge Taken", document.Title);
        Assert.Equal([("Kessel Bridge Taken", 1), ("Engineers cross at night", 2), ("LATE NEWS", 3)],
            document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => (b.Text, b.Depth)).ToList());
    }

    [Fact]
    public void Each_text_block_is_a_paragraph_and_a_word_broken_across_lines_is_one_word()
    {
        var document = Parse();

        Assert.Equal(["In May 1931 the engineers bridged the river at Kessel. The garrison fled.", "A ferry sank in 1932."], ProseOf(document));
        Assert.Contains(document.Blocks, b => b.Text.StartsWith("In May", StringComparison.Ordinal) && TestSources.Path(b.Headings) == "Kessel Bridge Taken › Engineers cross at night");
    }

    [Fact]
    public void The_description_and_the_margins_are_no_prose_and_the_processing_date_is_not_the_documents()
    {
        var document = Parse();

        Assert.Null(document.Metadata.Date);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("2031", StringComparison.Ordinal) || b.Text.Contains("gazette", StringComparison.Ordinal)
            || b.Text.Contains("Reader Engine", StringComparison.Ordinal) || b.Text.Contains("Page 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_styles_one_short_line_in_capitals_is_a_heading_and_a_space_the_ocr_missed_after_a_stop_is_put_back()
    {
        const string page = """
            <alto><Layout><Page><PrintSpace>
            <TextBlock><TextLine><String CONTENT="THE"/><String CONTENT="FERRY"/></TextLine></TextBlock>
            <TextBlock><TextLine><String CONTENT="It"/><String CONTENT="sank"/><String CONTENT="in"/><String CONTENT="May.Nobody"/><String CONTENT="drowned."/></TextLine>
            <TextLine><String CONTENT="Mos" SUBS_TYPE="HypPart1"/><HYP CONTENT="-"/></TextLine>
            <TextLine><String CONTENT="cow" SUBS_TYPE="HypPart2"/><String CONTENT="said"/><String CONTENT="so."/></TextLine></TextBlock>
            </PrintSpace></Page></Layout></alto>
            """;
        var document = Parse(page);

        Assert.Equal("THE FERRY", document.Title);
        Assert.Equal(["It sank in May. Nobody drowned. Moscow said so."], ProseOf(document));
    }

    [Fact]
    public void Each_block_names_its_line_in_the_file()
    {
        var document = Parse();

        Assert.Equal(24, document.Blocks.Single(b => b.Text.StartsWith("In May", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void A_document_type_definition_expands_no_entity()
    {
        const string page = """
            <?xml version="1.0"?>
            <!DOCTYPE alto [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <alto><Layout><Page><PrintSpace>
            <TextBlock><TextLine><String CONTENT="The"/><String CONTENT="ferry"/><String CONTENT="sank"/><String CONTENT="&secret;"/></TextLine></TextBlock>
            </PrintSpace></Page></Layout></alto>
            """;

        var error = Record.Exception(() => Parse(page));

        Assert.True(error is null or ImportException);
        if (error is null) Assert.DoesNotContain(ProseOf(Parse(page)), t => t.Contains("root", StringComparison.Ordinal));
    }

    [Fact]
    public void Badly_formed_xml_is_an_error_naming_the_file_and_line()
    {
        var error = Assert.Throws<ImportException>(() => Parse("<alto>\n<Layout><Page>\n<PrintSpace></Page></Layout></alto>"));

        Assert.Contains("gazette_0004.xml", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("1.7e308")]
    public void A_type_size_no_page_has_is_read_as_no_size(string size)
    {
        var document = Parse(Page.Replace("FONTSIZE=\"24\"", $"FONTSIZE=\"{size}\"", StringComparison.Ordinal));

        Assert.Contains(document.Blocks, b => b.Text.StartsWith("In May 1931 the engineers bridged", StringComparison.Ordinal));
    }
}
