using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Documents;

public class TableCellsTests
{
    [Fact]
    public void Join_puts_the_separator_between_cells()
    {
        Assert.Equal($"1968{TableCells.Separator}Prague{TableCells.Separator}troops", TableCells.Join(["1968", "Prague", "troops"]));
    }

    [Theory]
    [InlineData("rows.wiki", "= Rows =\n== Table ==\n{|\n|-\n| 1968 || Prague || troops came in\n|}\n")]
    [InlineData("rows.html", "<!DOCTYPE html><html><body><h1>Rows</h1><table><tr><td>1968</td><td>Prague</td><td>troops came in</td></tr></table></body></html>")]
    public void Wiki_and_web_page_tables_join_a_row_of_unlabelled_cells_with_the_one_separator(string fileName, string text)
    {
        var document = DocumentParser.Parse(Of(text, fileName));

        var row = Assert.Single(document.Blocks, b => b.Kind != PassageKind.Heading && b.Text.Contains("Prague"));
        Assert.StartsWith(TableCells.Join(["1968", "Prague", "troops came in"]), row.Text);
    }

    [Fact]
    public void A_first_row_of_short_labels_over_other_rows_labels_the_columns_and_a_sentence_or_a_lone_row_does_not()
    {
        Assert.Equal(["Year", "Country", ""], TableCells.Labels(["Year", "Country", ""], rowCount: 3));
        Assert.Empty(TableCells.Labels(["Year", "Country"], rowCount: 1));
        Assert.Empty(TableCells.Labels(["1956", "Soviet tanks entered Budapest at dawn"], rowCount: 3));
    }
}
