using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Spreadsheet;

public class SpreadsheetXmlParserTests
{
    private const string Workbook = """
        <?xml version="1.0"?>
        <?mso-application progid="Excel.Sheet"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"
         xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
         <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">
          <Title>River wars</Title>
          <Author>A. Reader</Author>
          <Created>2019-03-02T10:11:04Z</Created>
         </DocumentProperties>
         <Styles><Style ss:ID="sDate"><NumberFormat ss:Format="dd/mm/yyyy;@"/></Style></Styles>
         <Worksheet ss:Name="river_timeline">
          <Table ss:ExpandedColumnCount="5">
           <Row>
            <Cell ss:MergeAcross="4"><Data ss:Type="String">Crossings of the Kessel, a class list</Data></Cell>
           </Row>
           <Row>
            <Cell><Data ss:Type="String">when</Data></Cell>
            <Cell><Data ss:Type="String">who</Data></Cell>
            <Cell><Data ss:Type="String">where</Data></Cell>
            <Cell><Data ss:Type="String">what</Data></Cell>
            <Cell><Data ss:Type="String">checked</Data></Cell>
           </Row>
           <Row>
            <Cell ss:StyleID="sDate"><Data ss:Type="DateTime">1931-05-12T00:00:00.000</Data></Cell>
            <Cell><Data ss:Type="String">7th Army</Data></Cell>
            <Cell><Data ss:Type="String">Ruritania</Data></Cell>
            <Cell><Data ss:Type="String">bridged the river at Kessel</Data><Comment ss:Author="A. Reader"><ss:Data xmlns="http://www.w3.org/TR/REC-html40"><B>A. Reader:</B>&#10;the guard fled in 1955, not this year</ss:Data></Comment></Cell>
            <Cell><Data ss:Type="Boolean">1</Data></Cell>
           </Row>
           <Row>
            <Cell><Data ss:Type="String">1933</Data></Cell>
            <Cell ss:Index="4"><Data ss:Type="String">the raid came at night</Data></Cell>
           </Row>
           <Row>
            <Cell ss:Index="3"><Data ss:Type="String">#REF!</Data></Cell>
            <Cell ss:Formula="=COUNTIF(R[-2]C:R[-1]C,&quot;*&quot;)"><Data ss:Type="Number">2</Data></Cell>
            <Cell><Data ss:Type="Error">#N/A</Data></Cell>
           </Row>
          </Table>
          <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Selected/></WorksheetOptions>
         </Worksheet>
         <Worksheet ss:Name="codes">
          <Table>
           <Row><Cell><Data ss:Type="String">code</Data></Cell><Cell><Data ss:Type="String">meaning</Data></Cell></Row>
           <Row><Cell><Data ss:Type="String">Y</Data></Cell><Cell><Data ss:Type="String">the army <B>crossed</B> the border</Data></Cell></Row>
          </Table>
         </Worksheet>
        </Workbook>
        """;

    private static ParsedDocument Parse(string text = Workbook, string fileName = "river wars (Excel 2003 XML).xml") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_workbook_is_read_sheet_by_sheet_each_row_a_passage_of_labelled_cells()
    {
        var document = Parse();

        Assert.Equal((SourceFormat.Spreadsheet, "River wars"), (document.Format, document.Title));
        Assert.Equal(["River wars", "river timeline", "codes"], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text));
        Assert.Equal([
            "Crossings of the Kessel, a class list",
            "12 May 1931 — who: 7th Army; where: Ruritania; what: bridged the river at Kessel; checked: true.",
            "1933 — what: the raid came at night.",
            "Y — meaning: the army crossed the border."], ProseOf(document));
    }

    [Fact]
    public void A_skipped_cell_lands_under_its_columns_label()
    {
        var row = Assert.Single(ProseOf(Parse()), p => p.Contains("raid", StringComparison.Ordinal));

        Assert.Contains("what: the raid came at night", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_row_is_under_its_sheets_name()
    {
        var block = Assert.Single(Parse().Blocks, b => b.Text.StartsWith("Y —", StringComparison.Ordinal));

        Assert.Equal("codes", block.Section?.Text);
    }

    [Fact]
    public void A_cell_comment_a_formula_and_an_error_value_are_no_text()
    {
        var prose = string.Join(" ", ProseOf(Parse()));

        Assert.DoesNotContain("1955", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("A. Reader", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("#", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("COUNTIF", prose, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workbooks_properties_and_settings_are_no_prose()
    {
        var prose = string.Join(" ", ProseOf(Parse()));

        Assert.DoesNotContain("2019", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("dd/mm", prose, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_cell_off_the_first_column_reads_as_the_day_it_holds()
    {
        var workbook = Workbook.Replace("<Cell ss:StyleID=\"sDate\"><Data ss:Type=\"DateTime\">1931-05-12T00:00:00.000</Data></Cell>",
            "<Cell><Data ss:Type=\"String\">spring</Data></Cell>", StringComparison.Ordinal)
            .Replace("<Data ss:Type=\"Boolean\">1</Data>", "<Data ss:Type=\"DateTime\">1931-06-02T14:30:00.000</Data>", StringComparison.Ordinal);

        Assert.Contains("checked: 1931-06-02 14:30.", ProseOf(Parse(workbook))[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_row_names_its_line_in_the_file()
    {
        var block = Assert.Single(Parse().Blocks, b => b.Text.StartsWith("1933", StringComparison.Ordinal));

        Assert.Contains("<Row>", Workbook.Split('\n')[block.Line - 1], StringComparison.Ordinal);
        Assert.Contains("1933", Workbook.Split('\n')[block.Line], StringComparison.Ordinal);
    }

    [Fact]
    public void Other_xml_is_no_workbook()
    {
        const string notes = "<notes><note><title>Kessel</title><content>The army crossed the river at Kessel in May 1931.</content></note>"
            + "<note><title>Raid</title><content>The raid came at night two years later, in 1933.</content></note></notes>";

        Assert.Equal(SourceFormat.Xml, Parse(notes, "notes.xml").Format);
    }

    [Fact]
    public void A_cell_placed_before_the_cells_it_follows_is_an_error_naming_the_file_and_line()
    {
        var error = Assert.Throws<ImportException>(() => Parse(Workbook.Replace("<Cell ss:Index=\"4\">", "<Cell ss:Index=\"1\">", StringComparison.Ordinal)));

        Assert.Equal("river wars (Excel 2003 XML).xml", error.FileName);
        Assert.Contains("ss:Index=\"1\"", Workbook.Replace("<Cell ss:Index=\"4\">", "<Cell ss:Index=\"1\">", StringComparison.Ordinal).Split('\n')[error.Line!.Value - 1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<Cell ss:Index=\"4\">", "<Cell ss:Index=\"2000000000\">")]
    [InlineData("<Cell ss:Index=\"4\">", "<Cell ss:Index=\"four\">")]
    [InlineData("<Cell ss:MergeAcross=\"4\">", "<Cell ss:MergeAcross=\"2000000000\">")]
    [InlineData("<Cell ss:MergeAcross=\"4\">", "<Cell ss:MergeAcross=\"2147483647\">")]
    public void A_cell_placed_past_any_sheets_columns_is_an_error_not_a_row_of_millions_of_cells(string cell, string placed)
    {
        var error = Assert.Throws<ImportException>(() => Parse(Workbook.Replace(cell, placed, StringComparison.Ordinal)));

        Assert.NotNull(error.Line);
    }

    [Fact]
    public void A_badly_formed_workbook_is_an_error_naming_the_file_and_line()
    {
        var error = Assert.Throws<ImportException>(() => Parse(Workbook.Replace("</Row>\n   <Row>\n    <Cell><Data ss:Type=\"String\">1933", "<Row>\n    <Cell><Data ss:Type=\"String\">1933", StringComparison.Ordinal)));

        Assert.Equal("river wars (Excel 2003 XML).xml", error.FileName);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Rows_of_cells_placed_at_the_last_column_are_refused_before_they_cost_more_than_the_file_is_worth()
    {
        var far = string.Concat(Enumerable.Repeat("<Row><Cell ss:Index=\"16384\"><Data ss:Type=\"String\">x</Data></Cell></Row>\n", 100));

        var error = Assert.Throws<ImportException>(() => Parse(Workbook.Replace("</Table>", far + "</Table>", StringComparison.Ordinal)));

        Assert.Contains("more columns", error.Problem, StringComparison.Ordinal);
    }
}
