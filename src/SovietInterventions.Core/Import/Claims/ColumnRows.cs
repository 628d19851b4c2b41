using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// A table row the reader hands on as one line of unlabelled cells ("1975–1991; Soviet Union; Angola; Arms and advisers for the
/// government"): its columns say when, who, where and what. A cell of years alone marks such a row; the cell holding nothing but
/// a Soviet agent says who does the acts of the other cells, and the cell holding nothing but a country says where. A row whose
/// cells follow their column's headers ("Years: 1975–1991; Who: Soviet Union; …") reads the same.
/// </summary>
internal static class ColumnRows
{
    private const string CellBreak = TableCells.Separator;
    private const int MinCells = 3;

    /// <summary>The agent of a row's "who" cell, for an act in another cell of the row; else none.</summary>
    public static PhraseHit<string>? Agent(string sentence, IReadOnlyList<PhraseHit<string>> agents, int actIndex)
    {
        var cells = Cells(sentence);
        if (!IsRow(sentence, cells)) return null;
        var own = cells.FirstOrDefault(c => c.Start <= actIndex && actIndex < c.End);
        return agents.FirstOrDefault(a => cells.Any(c => c != own && Holds(sentence, c, a.Index, a.End)));
    }

    /// <summary>The country of a row's "where" cell; else none.</summary>
    public static List<string> Place(string sentence, IReadOnlyList<CountryMention> mentions)
    {
        var cells = Cells(sentence);
        if (!IsRow(sentence, cells)) return [];
        return mentions.Where(m => m.Form is MentionForm.Name or MentionForm.Alias && cells.Any(c => Holds(sentence, c, m.Index, m.Index + m.Length)))
            .Select(m => m.CountrySlug).Distinct().ToList() is [var only] ? [only] : [];
    }

    // A cell of years alone ("1962", "1975–1991") and two more cells at least.
    private static bool IsRow(string sentence, List<(int Start, int End)> cells) =>
        cells.Count >= MinCells && cells.Any(c => sentence[c.Start..c.End].Trim() is { Length: > 0 } text
            && text.Any(char.IsDigit) && text.All(ch => char.IsDigit(ch) || ch is '–' or '-' or '—' or '/' or ' '));

    // The cell holds the words from start to end and nothing else but an article.
    private static bool Holds(string sentence, (int Start, int End) cell, int start, int end)
    {
        if (start < cell.Start || end > cell.End) return false;
        var before = sentence[cell.Start..start].Trim();
        return (before.Length == 0 || before.Equals("the", StringComparison.OrdinalIgnoreCase)) && sentence[end..cell.End].Trim().TrimEnd('.').Length == 0;
    }

    // A cell under its column's header ("Who: Soviet Union") holds what follows the header; a row's key is a cell of its own
    // ("1965 — year end: 1973; who: USSR; …").
    private static List<(int Start, int End)> Cells(string sentence)
    {
        var cells = new List<(int, int)>();
        var start = 0;
        var key = sentence.IndexOf(TableCells.KeySeparator, StringComparison.Ordinal);
        var first = sentence.IndexOf(CellBreak, StringComparison.Ordinal);
        if (key > 0 && (first < 0 || key < first))
        {
            cells.Add((0, key));
            start = key + TableCells.KeySeparator.Length;
        }
        for (var at = sentence.IndexOf(CellBreak, start, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(CellBreak, start, StringComparison.Ordinal))
        {
            cells.Add((AfterHeader(sentence, start, at), at));
            start = at + CellBreak.Length;
        }
        cells.Add((AfterHeader(sentence, start, sentence.Length), sentence.Length));
        return cells;
    }

    private static int AfterHeader(string sentence, int start, int end)
    {
        var colon = sentence.IndexOf(": ", start, end - start, StringComparison.Ordinal);
        return colon > start && TableCells.IsHeader(sentence[start..colon]) ? colon + 2 : start;
    }
}
