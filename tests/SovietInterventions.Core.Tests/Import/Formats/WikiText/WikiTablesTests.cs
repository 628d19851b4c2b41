using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.WikiText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.WikiText;

/// <summary>A wiki table is read one row to a passage, each cell after its column's header, as the other formats read tables.</summary>
public sealed class WikiTablesTests
{
    private static IReadOnlyList<Block> Rows(string table) =>
        [.. WikiTextParser.Parse(Of($"== List ==\n{table}", "list.wiki")).Blocks.Where(b => b.Kind == PassageKind.Paragraph)];

    [Fact]
    public void Each_row_reads_its_cells_after_their_headers_on_the_line_of_its_first_cell()
    {
        var rows = Rows("{| class=\"wikitable sortable\"\n|+ Operations\n! scope=\"col\" | Dates\n! scope=\"col\" | Country\n|-\n| 1 May 1950\n| Portugal\n|-\n| 1952 || Spain\n|}\n");

        Assert.Equal(["Dates: 1 May 1950; Country: Portugal.", "Dates: 1952; Country: Spain."], rows.Select(r => r.Text));
        Assert.Equal(7, rows[0].Line);
    }

    [Fact]
    public void A_cell_spanning_two_rows_is_read_in_both()
    {
        var rows = Rows("{|\n! Country !! Stage\n|-\n| rowspan=\"2\" | Portugal\n| landing\n|-\n| withdrawal\n|}\n");

        Assert.Equal(["Country: Portugal; Stage: landing.", "Country: Portugal; Stage: withdrawal."], rows.Select(r => r.Text));
    }

    [Fact]
    public void A_table_inside_a_cell_adds_no_words()
    {
        var rows = Rows("{|\n! Country !! Note\n|-\n| Portugal\n| landing\n{|\n| inner words\n|}\n|}\n");

        Assert.Equal("Country: Portugal; Note: landing.", Assert.Single(rows).Text);
    }
}
