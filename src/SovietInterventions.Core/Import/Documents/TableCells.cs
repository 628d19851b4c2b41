namespace SovietInterventions.Core.Import.Documents;

/// <summary>
/// How a table row's cells become one passage: every format's parser joins them with <see cref="Separator"/>
/// ("1956; Hungary; tanks entered Budapest") and the claim readers find the cells again by it.
/// </summary>
public static class TableCells
{
    public const string Separator = "; ";

    /// <summary>What follows a row's key, its first cell, where the other cells are labelled ("1956 — country: Hungary; …").</summary>
    public const string KeySeparator = " \u2014 ";

    public static string Join(IEnumerable<string> cells) => string.Join(Separator, cells);

    private const int LabelLength = 60;
    private const int HeaderWords = 3;

    /// <summary>Whether words before a colon at a cell's start are its column's header ("Who", "Soviet forces"): a word or three.</summary>
    public static bool IsHeader(string words)
    {
        var trimmed = words.Trim();
        return trimmed.Length > 0 && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= HeaderWords;
    }

    /// <summary>A table's column labels: its first row, when every cell of it is a word or three (", Poland, Gilan") and rows
    /// follow it; else none.</summary>
    public static IReadOnlyList<string> Labels(IReadOnlyList<string> firstRow, int rowCount) =>
        rowCount > 1 && firstRow.All(c => c.Length == 0 || IsHeader(c)) ? firstRow : [];

    /// <summary>A row of a label and a value reads "Label: value"; a longer row reads its filled cells one after another, each after
    /// its column's header when the table has one ("Year: 1956; Country: Hungary."), as one sentence.</summary>
    public static string Row(IReadOnlyList<string> cells, IReadOnlyList<string> header)
    {
        var filled = Enumerable.Range(0, cells.Count).Where(i => cells[i].Length > 0).ToList();
        if (filled.Count == 2 && filled[0] == 0 && cells[0].Length <= LabelLength && !EndsSentence(cells[0]) && header.Count == 0)
            return $"{cells[0]}: {cells[filled[1]]}";
        var parts = filled.Select(i => i < header.Count && header[i].Length > 0 ? $"{header[i]}: {cells[i]}" : cells[i]);
        var text = Join(parts.Select(p => p.TrimEnd(';')));
        return EndsSentence(text) ? text : text + ".";
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?';
}
