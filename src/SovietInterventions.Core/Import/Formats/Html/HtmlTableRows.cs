using AngleSharp.Dom;
using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Formats.Html;

/// <summary>
/// Reads a data table as one passage per row: a row of a label and a value reads "Label: value"; a longer row reads
/// its cells one after another, each after its column's header when the table has one ("Year: 1956; Country: Hungary").
/// A table whose cells hold paragraphs, lists or other tables lays out a page instead, and is read as blocks.
/// </summary>
internal static class HtmlTableRows
{
    public static bool IsDataTable(IElement table) =>
        table.QuerySelector("td p, td ul, td ol, td table, td div p, th p, td h1, td h2, td h3, td h4, td blockquote") is null;

    /// <summary>Each row's line and text; <paramref name="cellText"/> reads a cell's text without furniture.</summary>
    public static IEnumerable<(int Line, string Text)> Of(IElement table, Func<IElement, string> cellText)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        var headerRow = rows.FirstOrDefault(r => r.Children.Length > 1 && r.Children.All(c => c.LocalName == "th"));
        var header = headerRow is null ? [] : Cells(headerRow, cellText);
        foreach (var row in rows.Where(r => r != headerRow))
        {
            var cells = Cells(row, cellText);
            if (cells.Any(c => c.Length > 0)) yield return (PageText.Line(row), TableCells.Row(cells, header));
        }
    }

    private static List<string> Cells(IElement row, Func<IElement, string> cellText) =>
        row.Children.Where(c => c.LocalName is "td" or "th").Select(cellText).ToList();

}
