using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.Rst;

/// <summary>
/// reStructuredText's two table forms as rows of cells: a simple table ("=====  =====" borders, its header above the
/// second border, a row whose first cell is blank continuing the row above) and a grid table ("+-----+-----+" rules,
/// "+=====+" under its header). Each gives its header (or none), its rows with their line numbers, and its last line.
/// </summary>
internal static partial class RstTables
{
    public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<(int Line, List<string> Cells)> Rows, int Last);

    public static bool IsSimpleBorder(string line) => SimpleBorder().IsMatch(line.TrimEnd());

    public static bool IsGridRule(string line) => GridRule().IsMatch(line.Trim());

    public static Table? Simple(string[] lines, int first)
    {
        var columns = SimpleColumn().Matches(lines[first]).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var segments = new List<List<int>> { new() };
        var last = -1;
        for (var i = first + 1; i < lines.Length; i++)
        {
            if (IsSimpleBorder(lines[i]))
            {
                if (i + 1 >= lines.Length || lines[i + 1].Trim().Length == 0 || segments.Count == 2)
                {
                    last = i;
                    break;
                }
                segments.Add([]);
                continue;
            }
            segments[^1].Add(i);
        }
        if (last < 0) return null;
        var header = segments.Count == 2 ? SimpleRows(lines, segments[0], columns).FirstOrDefault().Cells ?? [] : [];
        return new Table(header, SimpleRows(lines, segments[^1], columns), last);
    }

    private static List<(int Line, List<string> Cells)> SimpleRows(string[] lines, List<int> rowLines, List<(int Index, int End)> columns)
    {
        var rows = new List<(int Line, List<string> Cells)>();
        foreach (var i in rowLines)
        {
            var line = lines[i].TrimEnd();
            if (line.Trim().Length == 0 || line.Trim().All(c => c is '-' or ' ')) continue;
            var cells = columns.Select((c, k) => Slice(line, c.Index, k == columns.Count - 1 ? line.Length : columns[k + 1].Index)).ToList();
            if (cells[0].Length == 0 && rows.Count > 0)
                for (var k = 0; k < cells.Count; k++) rows[^1].Cells[k] = $"{rows[^1].Cells[k]} {cells[k]}".Trim();
            else rows.Add((i + 1, cells));
        }
        return rows;
    }

    public static Table Grid(string[] lines, int first)
    {
        var bounds = Enumerable.Range(0, lines[first].Length).Where(k => lines[first][k] == '+').ToList();
        var header = new List<string>();
        var rows = new List<(int Line, List<string> Cells)>();
        List<string>? row = null;
        var rowLine = 0;
        var last = first;
        for (var i = first; i < lines.Length && lines[i].Trim() is { Length: > 0 } line && (line[0] is '+' or '|'); i++)
        {
            last = i;
            if (IsGridRule(line))
            {
                if (row is not null && row.Any(c => c.Length > 0))
                    if (line.Contains('=') && rows.Count == 0 && header.Count == 0) header = row;
                    else rows.Add((rowLine, row));
                row = null;
                continue;
            }
            if (row is null) (row, rowLine) = (Enumerable.Repeat("", bounds.Count - 1).ToList(), i + 1);
            for (var k = 0; k + 1 < bounds.Count; k++)
                row[k] = $"{row[k]} {Slice(lines[i], bounds[k] + 1, bounds[k + 1])}".Trim();
        }
        return new Table(header, rows, last);
    }

    private static string Slice(string line, int start, int end) =>
        start >= line.Length ? "" : line[start..Math.Min(end, line.Length)].Trim().Trim('|').Trim();

    [GeneratedRegex(@"^=+(?: +=+)+$")]
    private static partial Regex SimpleBorder();

    [GeneratedRegex(@"=+")]
    private static partial Regex SimpleColumn();

    [GeneratedRegex(@"^\+[-=+]+\+$")]
    private static partial Regex GridRule();
}
