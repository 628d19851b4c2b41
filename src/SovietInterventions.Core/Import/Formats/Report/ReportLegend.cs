namespace SovietInterventions.Core.Import.Formats.Report;

/// <summary>
/// The codes a report's legend defines for its columns: "TGT: POL=POLAND CHN=CHINA" after a column's label, as many pairs as
/// follow, on its line and the lines after it, until another column's label ("INTV: USR=USSR") or a line with no pair. A name
/// runs to the next pair ("THR=THREAT, NO ENTRY  BRD=BORDER"). The same code may mean two things in two columns (CHN: China as a
/// target, the PRC as an intervener).
/// </summary>
internal sealed class ReportLegend
{
    private const int MaxCodeLength = 8;
    private readonly Dictionary<string, Dictionary<string, string>> byLabel = new(StringComparer.OrdinalIgnoreCase);

    public bool IsEmpty => byLabel.Count == 0;

    /// <summary>Reads the legend lines among <paramref name="lines"/> for the columns <paramref name="labels"/> names.</summary>
    public static ReportLegend Read(IEnumerable<string> lines, IReadOnlyCollection<string> labels)
    {
        var legend = new ReportLegend();
        string? column = null;
        foreach (var line in lines)
        {
            var pairs = 0;
            var (code, name) = ("", new List<string>());
            void Define()
            {
                if (column is not null && code.Length > 0 && name.Count > 0) legend.Add(column, code, string.Join(' ', name));
                (code, name) = ("", []);
            }
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.EndsWith(':') && labels.Contains(word[..^1], StringComparer.OrdinalIgnoreCase))
                {
                    Define();
                    column = word[..^1];
                }
                else if (column is not null && Pair(word) is { } pair)
                {
                    Define();
                    (code, name) = (pair.Code, pair.Name.Length > 0 ? [pair.Name] : []);
                    pairs++;
                }
                else if (code.Length > 0) name.Add(word);
            }
            Define();
            // A line with no pair ("CODEBOOK: …") ends the legend's column.
            if (pairs == 0) column = null;
        }
        return legend;
    }

    /// <summary>The name the legend gives the code in a cell of the column, or the cell as it stands.</summary>
    public string Name(string label, string cell) =>
        byLabel.TryGetValue(label, out var codes) && codes.TryGetValue(cell, out var name) ? name : cell;

    private void Add(string label, string code, string name)
    {
        if (!byLabel.TryGetValue(label, out var codes)) byLabel[label] = codes = new(StringComparer.Ordinal);
        codes.TryAdd(code, name);
    }

    // "POL=POLAND": a code of letters and digits, then its name (empty when the name's words follow a space: "OFF= OFFENSIVE").
    private static (string Code, string Name)? Pair(string word)
    {
        var equals = word.IndexOf('=');
        if (equals <= 0 || equals > MaxCodeLength || !word.AsSpan(0, equals).ToString().All(char.IsLetterOrDigit)) return null;
        return (word[..equals], word[(equals + 1)..]);
    }
}
