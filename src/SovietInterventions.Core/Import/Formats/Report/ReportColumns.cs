namespace SovietInterventions.Core.Import.Formats.Report;

/// <summary>
/// The columns of a fixed-width report's table: a header line of labels underlined by a rule of dash groups
/// ("CASE INTV TGT" over "---- ---- ---"), as SQL*Plus and mainframe report writers print them. Each group is a column, its
/// label the header's words over it; the last column runs to the end of the line, as a free-text column is printed. A report
/// writer's columns drift a character or two from its rule ("BEG-DT" printed one place right of its dashes), so a word belongs to
/// the column whose dashes it overlaps, or to the nearest one a short step away.
/// </summary>
internal sealed class ReportColumns
{
    private const int MinColumns = 3;
    private const int MinDashes = 2;
    // A printed page is a few hundred characters wide: a rule of more groups is no report's, and is not matched word by word.
    private const int MaxColumns = 100;
    private const int MaxDrift = 2;

    public IReadOnlyList<string> Labels { get; }
    private readonly List<(int Start, int End)> groups;

    private ReportColumns(IReadOnlyList<string> labels, List<(int Start, int End)> groups) => (Labels, this.groups) = (labels, groups);

    /// <summary>The columns when <paramref name="rule"/> is a rule of dash groups and every group has a word of
    /// <paramref name="header"/> over it, no word standing over two or none; else null.</summary>
    public static ReportColumns? Read(string header, string rule)
    {
        var groups = Runs(rule);
        if (groups.Count < MinColumns || groups.Count > MaxColumns || groups.Any(g => g.End - g.Start < MinDashes || rule.AsSpan(g.Start, g.End - g.Start).ContainsAnyExcept('-')))
            return null;
        var columns = new ReportColumns([], groups);
        var labels = columns.Cells(header);
        return labels is null || labels.Any(l => l.Length == 0) ? null : new ReportColumns(labels, groups);
    }

    /// <summary>The line's cells, when the line is a row of these columns: text in the first column, and every word in one column
    /// (a summary line, "SUMMARY" or "RECORDS READ ....... 1,204", is none); else null.</summary>
    public IReadOnlyList<string>? Row(string line) => Cells(line) is { } cells && cells[0].Length > 0 ? cells : null;

    /// <summary>Whether the line continues the row above: text that starts past the first column ("NOTE: …"), running on across
    /// the columns as a note does.</summary>
    public bool Continues(string line) => Runs(line) is [var first, ..] && first.Start > groups[0].End;

    // Each column's words, or null when a word stands over two columns or far from any.
    private string[]? Cells(string line)
    {
        var cells = new List<string>[groups.Count];
        foreach (var word in Runs(line))
        {
            if (Column(word) is not { } column) return null;
            (cells[column] ??= []).Add(line[word.Start..word.End]);
        }
        return [.. cells.Select(c => c is null ? "" : string.Join(' ', c))];
    }

    private int? Column((int Start, int End) word)
    {
        int? found = null;
        for (var i = 0; i < groups.Count; i++)
        {
            // The last column runs on to the end of the line.
            var end = i == groups.Count - 1 ? int.MaxValue : groups[i].End;
            if (Math.Min(word.End, end) <= Math.Max(word.Start, groups[i].Start)) continue;
            if (found is not null) return null;
            found = i;
        }
        if (found is not null) return found;
        // In the gap between two columns: the nearer, a step or two away.
        var nearest = Enumerable.Range(0, groups.Count).MinBy(i => Gap(word, groups[i]));
        return Gap(word, groups[nearest]) <= MaxDrift ? nearest : null;
    }

    private static int Gap((int Start, int End) word, (int Start, int End) group) =>
        word.End <= group.Start ? group.Start - word.End : word.Start - group.End;

    // The runs of non-blank characters of a line, each by where it starts and ends.
    internal static List<(int Start, int End)> Runs(string line)
    {
        var runs = new List<(int, int)>();
        for (var at = 0; at < line.Length;)
        {
            if (line[at] == ' ') { at++; continue; }
            var start = at;
            while (at < line.Length && line[at] != ' ') at++;
            runs.Add((start, at));
        }
        return runs;
    }
}
