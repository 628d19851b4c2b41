using Markdig.Extensions.Tables;
using Markdig.Syntax;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// Turns a pipe table into one readable passage per row. A row whose first cell is a short label reads
/// "Casualties: 36 million killed" (with two value columns or more, each value after its header:
/// "Wealth — USA: free market; USSR: state owned"); a row of prose cells reads each cell after its header.
/// A cell's own <c>&lt;br&gt;</c>-separated bullets are joined with semicolons.
/// </summary>
internal static class TableRows
{
    private const int LabelLength = 60;

    public static IEnumerable<(int Line, string Text)> Of(Table table, Func<string, string> clean)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader) is { } h ? Cells(h, clean) : [];
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            var cells = Cells(row, clean);
            if (cells.All(c => c.Length == 0)) continue;
            yield return (row.Line + 1, Join(cells, header));
        }
    }

    /// <summary>A row's passage from its cells' plain text and its table's header (none: empty); Org and reStructuredText
    /// tables are read the same way.</summary>
    internal static string Join(IReadOnlyList<string> cells, IReadOnlyList<string> header)
    {
        string HeaderOf(int i) => i < header.Count ? header[i] : "";
        var labelled = cells.Count >= 2 && cells[0].Length is > 0 and <= LabelLength && !ProseText.EndsSentence(cells[0]);
        if (labelled && cells.Count == 2) return $"{cells[0]}: {cells[1]}";
        if (labelled)
            return cells[0] + TableCells.KeySeparator + JoinItems(Enumerable.Range(1, cells.Count - 1).Where(i => cells[i].Length > 0)
                .Select(i => HeaderOf(i).Length > 0 ? $"{HeaderOf(i)}: {cells[i]}" : cells[i]));
        return string.Join(" ", Enumerable.Range(0, cells.Count).Where(i => cells[i].Length > 0)
            .Select(i => Sentence(HeaderOf(i).Length > 0 ? $"{HeaderOf(i)}: {cells[i]}" : cells[i])));
    }

    private static List<string> Cells(TableRow row, Func<string, string> clean) =>
        row.OfType<TableCell>().Select(cell => Cell(cell, clean)).ToList();

    // A cell's paragraphs, with "<br>"-separated "- item" bullets, read as one line of items.
    private static string Cell(TableCell cell, Func<string, string> clean)
    {
        var items = cell.OfType<LeafBlock>()
            .SelectMany(leaf => InlineText.Of(leaf.Inline).Split('\n'))
            .Select(item => clean(item).TrimStart('-', '*', '•', ' '))
            .Where(item => item.Length > 0);
        return JoinItems(items);
    }

    private static string JoinItems(IEnumerable<string> items)
    {
        var text = new System.Text.StringBuilder();
        foreach (var item in items)
        {
            if (text.Length > 0) text.Append(text[^1] is '.' or '!' or '?' ? " " : TableCells.Separator);
            text.Append(item);
        }
        return text.ToString();
    }

    private static string Sentence(string text) => ProseText.EndsSentence(text) ? text : text + ".";
}
