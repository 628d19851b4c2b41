using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Delimited;

/// <summary>
/// Reads a tab- or comma-separated table (.tsv, .csv), such as a timeline, the way a Markdown or web page table is read:
/// the first row names the columns, and each later row is one passage, its first cell leading and each other cell after its
/// column's name ("1956 — country: Hungary; event: …"). A "#" line is a comment: never prose and never the title (the title
/// is the file name's). A column of sources ("source", "references") gives references. A date cell that gives a day and a
/// month but no year ("12 Oct") takes the year of the date above it in its column, as a reader of the table does.
/// </summary>
internal static partial class DelimitedTableParser
{
    private const int MinRows = 3;

    /// <summary>A ".tsv" or ".csv" file, or lines that all hold the same number of tabs (two or more), is a table (5).</summary>
    public static int Likeness(DocumentShape shape)
    {
        if (shape.HasExtension(".tsv", ".csv", ".tab")) return 5;
        var rows = shape.Lines.Where(l => !l.StartsWith('#')).Select(l => l.Count(c => c == '\t')).ToList();
        return rows.Count >= MinRows && rows[0] >= 2 && rows.All(t => t == rows[0]) ? 5 : 0;
    }

    public static ParsedDocument Parse(SourceText source)
    {
        var separator = source.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !source.Text.Contains('\t') ? ',' : '\t';
        var rows = DelimitedRows.Read(source.Text, separator);
        var references = new List<string>();
        var blocks = new List<Block>();
        List<string>? header = null;
        string? yearAbove = null;

        foreach (var (line, cells) in rows)
        {
            if (cells.All(c => c.Length == 0)) continue;
            if (cells[0].StartsWith('#'))
            {
                var comment = string.Join(" ", cells.Where(c => c.Length > 0)).TrimStart('#', ' ');
                if (comment.Length > 0) references.Add(comment);
                continue;
            }
            if (header is null)
            {
                header = cells;
                continue;
            }

            string HeaderOf(int i) => i < header.Count ? header[i] : "";
            var kept = Enumerable.Range(0, cells.Count).Where(i => cells[i].Length > 0).ToList();
            foreach (var i in kept.Where(i => IsSourcesColumn(HeaderOf(i)))) references.Add(cells[i]);
            kept.RemoveAll(i => IsSourcesColumn(HeaderOf(i)));
            if (kept.Count == 0) continue;

            var first = cells[kept[0]];
            if (Year().Match(first) is { Success: true } year) yearAbove = year.Value;
            else if (yearAbove is not null && Month().IsMatch(first)) first = $"{first} {yearAbove}";
            // A cell's closing full stop would end the row's sentence before its next cell.
            var rest = kept.Skip(1).Select(i => (HeaderOf(i).Length > 0 ? $"{HeaderOf(i)}: {cells[i]}" : cells[i]).TrimEnd(';', '.')).ToList();
            var text = rest.Count == 0 ? first : $"{first} — {string.Join("; ", rest)}";
            blocks.Add(new Block(PassageKind.Paragraph, text[^1] is '.' or '!' or '?' ? text : text + ".", line, []));
        }

        return new ParsedDocument(source.FileName, Path.GetFileNameWithoutExtension(source.FileName), SourceFormat.Delimited, blocks, [])
        {
            Sha256 = source.Sha256,
            References = references,
        };
    }

    private static bool IsSourcesColumn(string header) =>
        header.Length > 0 && (ReferenceSections.IsReferenceHeading(header) || ReferenceSections.StartsWithSourcesLabel(header + ":"));

    [GeneratedRegex(@"\b(1[0-9]{3}|20[0-9]{2})\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Month();
}
