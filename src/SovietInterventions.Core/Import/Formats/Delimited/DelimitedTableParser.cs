using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Delimited;

/// <summary>
/// Reads a tab- or comma-separated table (.tsv, .csv), such as a timeline: the first row of two cells or more names the columns and each later row
/// is one passage (<see cref="TimelineRows"/>). A "#" line is a comment: never prose and never the title (the title is the
/// file name's); it goes to the references, unless it is one of the settings an Anki deck opens with (<see cref="AnkiHeader"/>).
/// </summary>
internal static class DelimitedTableParser
{
    private const int MinRows = 3;

    /// <summary>The file name endings only this format uses.</summary>

    public static readonly string[] Extensions = [".tsv", ".csv", ".tab"];


    /// <summary>A ".tsv" or ".csv" file, or lines that all hold the same number of tabs (two or more), is a table (5).</summary>
    public static int Likeness(DocumentShape shape)
    {
        if (shape.HasExtension(Extensions)) return 5;
        var rows = shape.Lines.Where(l => !l.StartsWith('#')).Select(l => l.Count(c => c == '\t')).ToList();
        return rows.Count >= MinRows && rows[0] >= 2 && rows.All(t => t == rows[0]) ? 5 : 0;
    }

    public static ParsedDocument Parse(SourceText source)
    {
        var separator = source.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !source.Text.Contains('\t') ? ',' : '\t';
        var references = new List<string>();
        var blocks = new List<Block>();
        TimelineRows? rows = null;
        var anki = new AnkiHeader();

        foreach (var (line, row) in DelimitedRows.Read(source.Text, separator))
        {
            if (row.All(c => c.Length == 0) || row.Count == 1 && anki.Read(row[0])) continue;
            var cells = anki.Cells(row);
            if (cells.All(c => c.Length == 0)) continue; // a card of bookkeeping only
            // "#,Start,End,…": a column named "#" (the row number) heads a table; "# exported …" is a comment.
            if (cells[0].StartsWith('#') && !(cells[0] == "#" && cells.Count(c => c.Length > 0) > 1))
            {
                var comment = string.Join(" ", cells.Where(c => c.Length > 0)).TrimStart('#', ' ');
                if (comment.Length > 0) references.Add(comment);
            }
            // A spreadsheet's title and notes above its header fill one cell of their rows: prose, not the names of the columns.
            else if (rows is null && !anki.IsDeck && cells.Count(c => c.Length > 0) == 1) blocks.Add(new Block(PassageKind.Paragraph, cells.First(c => c.Length > 0), line, []));
            else if (rows is null && !anki.IsDeck) rows = new TimelineRows(cells);
            else if ((rows ??= new TimelineRows([])).Read(cells, references.Add) is { } card) blocks.Add(new Block(PassageKind.Paragraph, card, line, []));
        }

        return new ParsedDocument(source.FileName, Path.GetFileNameWithoutExtension(source.FileName), SourceFormat.Delimited, blocks, [])
        {
            Sha256 = source.Sha256,
            References = references,
        };
    }
}
