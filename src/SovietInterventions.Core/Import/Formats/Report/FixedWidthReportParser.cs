using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Report;

/// <summary>
/// Reads a fixed-width report as a line printer, SQL*Plus or a mainframe job prints it: a table whose header line of labels is
/// underlined by a rule of dash groups (<see cref="ReportColumns"/>). Each row is a record of labelled cells under the header's
/// labels ("INTV: USSR; TGT: Poland; BEG DT: 4 July 1920; …"), read as a spreadsheet's row is, and the indented lines under it
/// ("NOTE: …") are one paragraph of prose after it. A code the report's legend defines for a column is written as its name
/// (<see cref="ReportLegend"/>), a date in the form the report declares as words (<see cref="ReportDates"/>). The first column of a
/// print file may be ASA carriage control ('1' a new page, '0' a blank line before, '+' printed over the line before), which is
/// no text. The page header repeated on every page (its first line, less its page number, is the title), banners between
/// asterisks ("*** CONTINUED ***", "***** END OF REPORT *****") and every line outside a table (a summary, a legend, a
/// codebook's notes) are no narrative.
/// </summary>
internal static class FixedWidthReportParser
{
    private const string CarriageControls = " 01-+";
    private const int MinRows = 2;
    // A page header is the few lines a report writer prints above a table on each page.
    private const int MaxPageHeaderLines = 8;
    // A report is a few hundred characters wide: a longer line is no row of one (and is read no further, so a huge line costs nothing).
    private const int MaxLineLength = 1000;

    /// <summary>A print file (ASA carriage control in its first column) holding a table of two rows or more under a header underlined
    /// by dash groups, or text that is three quarters such a table (a SQL*Plus spool file: a sentence next to a table of few columns
    /// may fit its columns, so an article with a table is not one) (5: above notes' and plain text's).</summary>
    public static int Likeness(DocumentShape shape)
    {
        if (!shape.Text.Contains("--", StringComparison.Ordinal)) return 0;
        var report = Scan(shape.Text);
        if (report.Rows.Count < MinRows) return 0;
        var filled = report.Lines.Count(l => l.Text.Trim().Length > 0);
        return report.CarriageControl || report.TableLines * 4 >= filled * 3 ? 5 : 0;
    }

    public static ParsedDocument Parse(SourceText source)
    {
        var report = Scan(source.Text);
        var shouting = !source.Text.Any(char.IsLower);
        string Written(string text) => shouting ? Unshouted(text) : text;
        var title = report.Title is { } named ? Written(named) : Path.GetFileNameWithoutExtension(source.FileName);
        var outline = new OutlineBlocks();
        outline.AddHeading(title, 1, 1);
        var outside = report.Lines.Where((l, i) => !report.InTable[i]).Select(l => l.Text).ToList();
        var dates = ReportDates.Declared(outside);
        foreach (var table in report.Rows.GroupBy(r => r.Columns))
        {
            var legend = ReportLegend.Read(outside, table.Key.Labels.ToList());
            var dateColumns = Enumerable.Range(0, table.Key.Labels.Count)
                .Where(c => dates is not null && dates.IsDateColumn(table.Select(r => r.Cells[c]))).ToHashSet();
            var labels = table.Key.Labels.Select(l => l.Replace('-', ' ').Replace('_', ' ')).ToList();
            foreach (var row in table)
            {
                var cells = row.Cells.Select((cell, c) => dateColumns.Contains(c) ? dates!.Words(cell) : Written(legend.Name(table.Key.Labels[c], cell))).ToList();
                outline.AddText(PassageKind.Paragraph, TableCells.Row(cells, labels), row.Line);
                if (row.Notes.Count > 0) outline.AddText(PassageKind.Paragraph, Written(Notes(row.Notes)), row.NotesLine);
            }
        }
        return new ParsedDocument(source.FileName, title, SourceFormat.Report, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = outline.References,
        };
    }

    private sealed record PrintedLine(string Text, bool NewPage);

    private sealed record Row(ReportColumns Columns, IReadOnlyList<string> Cells, int Line)
    {
        public List<string> Notes { get; } = [];
        public int NotesLine { get; set; }
    }

    private sealed record Scanned(List<PrintedLine> Lines, bool CarriageControl, bool[] InTable, List<Row> Rows, string? Title)
    {
        public int TableLines => InTable.Count(t => t);
    }

    // One pass over the lines: the tables' headers, their rows and the lines continuing them; every other line is outside.
    private static Scanned Scan(string text)
    {
        var raw = text.Split('\n');
        var control = HasCarriageControl(raw);
        var lines = raw.Select(l => Printed(l.TrimEnd('\r'), control)).ToList();
        var inTable = new bool[lines.Count];
        var header = new bool[lines.Count];
        var rows = new List<Row>();
        ReportColumns? columns = null;
        Row? last = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            if (line.Length > MaxLineLength) { (columns, last) = (null, null); continue; }
            if (i + 1 < lines.Count && lines[i + 1].Text.Length <= MaxLineLength && ReportColumns.Read(line, lines[i + 1].Text) is { } found)
            {
                // The lines above a table's header on its page are the page's header (a title, the run's date, its page number).
                for (var above = i - 1; above >= 0 && above >= i - MaxPageHeaderLines && !inTable[above]; above--)
                {
                    header[above] = true;
                    if (lines[above].NewPage) break;
                }
                columns = columns?.Labels.SequenceEqual(found.Labels) == true ? columns : found;
                inTable[i] = inTable[i + 1] = true;
                (last, i) = (null, i + 1);
                continue;
            }
            if (columns is null || line.Trim().Length == 0 || IsBanner(line)) continue;
            if (columns.Row(line) is { } cells)
            {
                rows.Add(last = new Row(columns, cells, i + 1));
                inTable[i] = true;
            }
            else if (last is not null && !lines[i].NewPage && columns.Continues(line))
            {
                if (last.Notes.Count == 0) last.NotesLine = i + 1;
                last.Notes.Add(line.Trim());
                inTable[i] = true;
            }
            else (columns, last) = (null, null);
        }
        var title = lines.Select((l, i) => (l.Text, i)).FirstOrDefault(l => l.Text.Trim().Length > 0 && header[l.i]).Text;
        return new Scanned(lines, control, inTable, rows, title is null ? null : Title(title));
    }

    // A print file's every line opens with a carriage control, the first with '1' (a new page): '0' and '-' skip lines, '+' prints
    // over the line before (an underline, a bold word), ' ' is the next line.
    private static bool HasCarriageControl(string[] lines)
    {
        var printed = lines.Where(l => l.TrimEnd('\r').Length > 0).ToList();
        return printed.Count > 0 && printed[0][0] == '1' && printed.All(l => CarriageControls.Contains(l[0], StringComparison.Ordinal));
    }

    private static PrintedLine Printed(string line, bool control)
    {
        if (!control) return line.StartsWith('\f') ? new(line.TrimStart('\f'), true) : new(line, false);
        if (line.Length == 0) return new("", false);
        // An overprinted line repeats or underlines the one before: nothing new to read.
        return line[0] == '+' ? new("", false) : new(line[1..], line[0] == '1');
    }

    // "*** CONTINUED ***", "***** END OF REPORT CEFR417 *****": the report writer's own banners between its pages.
    private static bool IsBanner(string line)
    {
        var text = line.Trim();
        return text.Length > 6 && text.StartsWith("***", StringComparison.Ordinal) && text.EndsWith("***", StringComparison.Ordinal);
    }

    // The first line of the page header, without its page number and its run's date and time: the fields a report writer sets
    // apart by runs of spaces, the longest one that holds words ("UNIVERSITY DATA ARCHIVE - CONFLICT EVENT FILE (CEF) REL 4.2").
    private static string Title(string line) =>
        line.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(f => f.Count(char.IsLetter) > f.Count(char.IsDigit)).MaxBy(f => f.Length) ?? line.Trim();

    // "NOTE: TUKHACHEVSKY (W FRONT); …" / "NOTE: (MARCHLEWSKI, …)": the lines of one note wrapped at the page's edge, each opening
    // with the same label, read as one text.
    private static string Notes(List<string> lines)
    {
        var colon = lines[0].IndexOf(": ", StringComparison.Ordinal);
        var label = colon > 0 && !lines[0][..colon].Contains(' ') ? lines[0][..(colon + 2)] : null;
        // Asked once: asked of each line, a note of many lines was read in their square.
        if (label is null || !lines.All(n => n.StartsWith(label, StringComparison.Ordinal))) return string.Join(' ', lines);
        return string.Join(' ', lines.Select(l => l[label.Length..].Trim()));
    }

    // A printer with capitals only says nothing by them, and names are found by their capitals: a word reads as a name is written
    // ("POLAND" as "Poland") where it is long, or of four letters with two vowels ("RIGA", "CUBA"); a shorter word stays as
    // printed, as an acronym usually is ("USSR", "MPLA", "NKVD").
    private static string Unshouted(string text)
    {
        var letters = text.ToCharArray();
        for (var at = 0; at < letters.Length;)
        {
            if (!char.IsLetter(letters[at])) { at++; continue; }
            var start = at;
            while (at < letters.Length && char.IsLetter(letters[at])) at++;
            var length = at - start;
            if (length < 4 || length == 4 && letters.AsSpan(start, 4).IndexOfAny("AEIOU") == letters.AsSpan(start, 4).LastIndexOfAny("AEIOU")) continue;
            for (var i = start + 1; i < at; i++) letters[i] = char.ToLowerInvariant(letters[i]);
        }
        return new string(letters);
    }
}
