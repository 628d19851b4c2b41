using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Delimited;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Formats.Xml;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Spreadsheet;

/// <summary>
/// Reads a workbook saved as Excel 2003 XML (SpreadsheetML: Workbook, Worksheet, Table, Row, Cell, Data) as a delimited table is
/// read (<see cref="DelimitedTableParser"/>): each worksheet a section under its name, its first row of two cells or more the
/// columns' labels, each later row one passage of labelled cells (<see cref="TimelineRows"/>); a title or note above the labels,
/// alone in its row, is prose. A cell placed by ss:Index after skipped ones stands in that column, under its label, and one
/// merged across columns (ss:MergeAcross) fills them all. What is no cell value: a reviewer's comment on a cell, a formula's
/// result (worked out from other cells, which are read themselves), an error value ("#REF!"), styles, the workbook's settings.
/// </summary>
internal static partial class SpreadsheetXmlParser
{
    /// <summary>SpreadsheetML's namespace, which its elements and attributes are in.</summary>
    private static readonly XNamespace Ss = "urn:schemas-microsoft-com:office:spreadsheet";

    // Excel's widest sheet (column XFD): a cell placed further is no spreadsheet's.
    private const int MaxColumns = 16384;
    // A row is read column by column up to its last cell, so a few bytes ("<Cell ss:Index=\"16384\">") make thousands of columns:
    // the columns read in a workbook are bounded by its size (a real sheet reads a handful per cell it writes).
    private const int ColumnsPerCharacter = 8;
    private const int MinColumnBudget = 1_000_000;

    /// <summary>A document whose first element is SpreadsheetML's Workbook (6: above a web page's 5 and any other XML's 4).</summary>
    public static int Likeness(DocumentShape shape) =>
        WorkbookRoot().IsMatch(SafeXml.AfterProlog(shape.Text)) && shape.Text.Contains(Ss.NamespaceName, StringComparison.Ordinal) ? 6 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var root = SafeXml.Load(source);
        if (root.Name != Ss + "Workbook") throw new ImportException(source.FileName, SafeXml.Line(root), "not an Excel 2003 XML workbook: its first element is no Workbook of SpreadsheetML.");
        // The title the author gave the workbook (File > Properties), else the file's name.
        var title = SafeXml.Child(SafeXml.Child(root, "DocumentProperties"), "Title")?.Value.Trim() is { Length: > 0 } named
            ? named : Path.GetFileNameWithoutExtension(source.FileName);
        var outline = new OutlineBlocks();
        outline.AddHeading(title, 1, 1);
        var budget = Math.Max(MinColumnBudget, (long)source.Text.Length * ColumnsPerCharacter);
        foreach (var sheet in root.Elements(Ss + "Worksheet")) AddSheet(outline, sheet, source.FileName, ref budget);
        return new ParsedDocument(source.FileName, title, SourceFormat.Spreadsheet, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = outline.References,
        };
    }

    private static void AddSheet(OutlineBlocks outline, XElement sheet, string fileName, ref long budget)
    {
        var name = Attribute(sheet, "Name") is { } given && TimelineRows.Label(given) is { Length: > 0 } label ? label : "Sheet";
        outline.AddHeading(name, 2, SafeXml.Line(sheet));
        TimelineRows? rows = null;
        foreach (var row in sheet.Elements(Ss + "Table").Elements(Ss + "Row"))
        {
            var cells = Cells(row, fileName);
            if ((budget -= cells.Count) < 0)
                throw new ImportException(fileName, SafeXml.Line(row), "the rows place their cells (ss:Index, ss:MergeAcross) across more columns than a workbook of this size holds.");
            var filled = cells.Count(c => c.Length > 0);
            var line = SafeXml.Line(row);
            if (filled == 0) continue;
            // A sheet's title and notes above its labels fill one cell of their rows: prose, not the names of the columns.
            if (rows is null && filled == 1) outline.AddText(PassageKind.Paragraph, cells.First(c => c.Length > 0), line);
            else if (rows is null) rows = new TimelineRows(cells);
            else if (rows.Read(cells, outline.AddReference) is { } text) outline.AddText(PassageKind.Paragraph, text, line);
        }
    }

    // The row's values by column, from the first: a cell's ss:Index (1-based) leaves the columns before it empty, ss:MergeAcross
    // takes the columns it spans.
    private static List<string> Cells(XElement row, string fileName)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements(Ss + "Cell"))
        {
            var index = Number(cell, "Index", fileName) is { } at ? at - 1 : cells.Count;
            if (index < cells.Count || index >= MaxColumns)
                throw new ImportException(fileName, SafeXml.Line(cell), $"a cell's ss:Index {index + 1} is not after the cells before it in its row (column {cells.Count + 1} on) or is past column {MaxColumns}.");
            while (cells.Count < index) cells.Add("");
            cells.Add(Value(cell));
            var across = Number(cell, "MergeAcross", fileName) ?? 0;
            // Compared without the sum, which a merge of int.MaxValue columns would overflow.
            if (across < 0 || across > MaxColumns - 1 - index) throw new ImportException(fileName, SafeXml.Line(cell), $"a cell merged across columns past column {MaxColumns}.");
            for (var i = 0; i < across; i++) cells.Add("");
        }
        return cells;
    }

    private static int? Number(XElement cell, string attribute, string fileName) =>
        Attribute(cell, attribute) is not { } text ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && (number > 0 || attribute == "MergeAcross") ? number
        : throw new ImportException(fileName, SafeXml.Line(cell), $"ss:{attribute} \"{text}\" is no column count.");

    // Excel writes "ss:Index"; a few other writers leave the attributes out of the namespace.
    private static string? Attribute(XElement element, string name) => (string?)element.Attribute(Ss + name) ?? (string?)element.Attribute(name);

    // The cell's own Data, never the Data inside its Comment; a formula's cached result and an error are no text of the author's.
    private static string Value(XElement cell)
    {
        if (Attribute(cell, "Formula") is not null || cell.Element(Ss + "Data") is not { } data) return "";
        var text = ProseText.Squash(data.Value);
        return Attribute(data, "Type") switch
        {
            "Error" => "",
            "DateTime" => Date(text),
            "Boolean" => text switch { "1" => "true", "0" => "false", _ => text },
            _ when ErrorValue().IsMatch(text) => "",
            _ => text,
        };
    }

    // "1929-07-10T00:00:00.000" is the day 1929-07-10 (as a dump writes it, read by the dates' reader), a time of day follows it;
    // a time alone is stored on Excel's day zero, 1899-12-31.
    private static string Date(string text)
    {
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)) return text;
        var time = value.TimeOfDay == TimeSpan.Zero ? "" : value.ToString("HH:mm", CultureInfo.InvariantCulture);
        return value.Date == new DateTime(1899, 12, 31) ? time : $"{value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {time}".Trim();
    }

    [GeneratedRegex(@"^<(?:\w+:)?Workbook[\s>]")]
    private static partial Regex WorkbookRoot();

    // The values Excel writes for a formula that cannot be worked out: text typed by no one.
    [GeneratedRegex(@"^#(?:REF!|N/A|VALUE!|DIV/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA)$")]
    private static partial Regex ErrorValue();
}
