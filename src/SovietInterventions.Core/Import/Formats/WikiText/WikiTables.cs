using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Formats.WikiText;

/// <summary>
/// A rendered wiki table ("{|" … "|}") read as one line per row, as the other formats read their tables: each cell after its
/// column's header ("Dates: 1 November 1950 – 27 July 1953; Country: North Korea; …"), a cell spanning rows (rowspan="2") repeated
/// in each, cell attributes (scope="col" |) dropped. The row's line is its first cell's; the table's other lines become empty,
/// so every line keeps its number.
/// </summary>
internal static partial class WikiTables
{
    public static string[] AsRows(string[] lines)
    {
        var result = (string[])lines.Clone();
        var depth = 0;
        List<string> header = [];
        List<string>? row = null;
        var rowLine = -1;
        var rowIsHeader = true;
        var spans = new Dictionary<int, (string Text, int Left)>();

        void EndRow()
        {
            if (row is { Count: > 0 } && rowLine >= 0)
            {
                // A row of header cells only, before any data, names the columns.
                if (header.Count == 0 && rowIsHeader) header = row;
                else result[rowLine] = TableCells.Row(row, header);
            }
            row = null;
            rowLine = -1;
            rowIsHeader = true;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("{|", StringComparison.Ordinal))
            {
                if (depth++ == 0) (header, spans) = ([], []);
                result[i] = "";
                continue;
            }
            if (depth == 0) continue;
            result[i] = "";
            // A table inside a cell lays out the page: its words are left out.
            if (depth > 1) { if (line.StartsWith("|}", StringComparison.Ordinal)) depth--; continue; }
            if (line.StartsWith("|}", StringComparison.Ordinal)) { EndRow(); depth--; continue; }
            if (line.StartsWith("|-", StringComparison.Ordinal)) { EndRow(); continue; }
            if (line.StartsWith("|+", StringComparison.Ordinal)) continue;
            if (line.StartsWith('!') || line.StartsWith('|'))
            {
                row ??= [];
                if (rowLine < 0) rowLine = i;
                if (line[0] == '|') rowIsHeader = false;
                foreach (var cell in line[1..].Split(["||", "!!"], StringSplitOptions.None))
                {
                    while (spans.TryGetValue(row.Count, out var span) && span.Left > 0) Take(row, spans, span);
                    var (text, rows) = Cell(cell);
                    if (rows > 1) spans[row.Count] = (text, rows - 1);
                    row.Add(text);
                }
                while (spans.TryGetValue(row.Count, out var rest) && rest.Left > 0) Take(row, spans, rest);
            }
            else if (row is { Count: > 0 } && line.Length > 0) row[^1] = $"{row[^1]} {line}".Trim();
        }
        return result;
    }

    private static void Take(List<string> row, Dictionary<int, (string Text, int Left)> spans, (string Text, int Left) span)
    {
        spans[row.Count] = (span.Text, span.Left - 1);
        row.Add(span.Text);
    }

    // 'rowspan="2" | Hungary': attributes, then a single bar, then the words.
    private static (string Text, int Rows) Cell(string cell)
    {
        var bar = cell.IndexOf('|');
        if (bar < 0 || !cell[..bar].Contains('=')) return (cell.Trim(), 1);
        var rows = RowSpan().Match(cell[..bar]) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
        return (cell[(bar + 1)..].Trim(), rows);
    }

    [GeneratedRegex(@"rowspan\s*=\s*""?(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex RowSpan();
}
