using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Delimited;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Sql;

/// <summary>
/// Reads a database dump (mysqldump, MariaDB, SQLite's ".dump", pg_dump) for the rows it holds: each table is a section and each
/// row of an INSERT (or of a COPY block) a record, read as a spreadsheet's row is (<see cref="TimelineRows"/>: "lithuania-1918 —
/// target: Lithuania; start date: 1918-12; …"). The CREATE TABLE statement names the columns and says which are the database's
/// own bookkeeping rather than history: a numbering key (AUTO_INCREMENT, SERIAL, SQLite's INTEGER PRIMARY KEY) and a time the row
/// was written (DEFAULT CURRENT_TIMESTAMP). A zero day or month ("1934-01-00", MySQL's "unknown") is left out. Comments, SET and
/// LOCK statements are never prose; the title is the file's name.
/// </summary>
internal static partial class SqlDumpParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".sql"];

    /// <summary>A ".sql" file (5), or text that opens as SQL does (a comment or a statement, not notes with a query in them) and
    /// has both a CREATE TABLE and an INSERT INTO (or COPY … FROM stdin) statement (4).</summary>
    public static int Likeness(DocumentShape shape) =>
        shape.HasExtension(Extensions) ? 5
        : shape.Lines.Count > 0 && OpensAsSql().IsMatch(shape.Lines[0])
          && shape.Lines.Any(l => l.StartsWith("CREATE TABLE", StringComparison.OrdinalIgnoreCase))
          && shape.Lines.Any(l => l.StartsWith("INSERT INTO", StringComparison.OrdinalIgnoreCase) || CopyFromInput().IsMatch(l)) ? 4 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var title = Path.GetFileNameWithoutExtension(source.FileName);
        var outline = new OutlineBlocks();
        outline.AddHeading(title, 1, 1);
        var tables = new Dictionary<string, List<SqlColumn>>(StringComparer.OrdinalIgnoreCase);
        var lexer = new SqlLexer(source);
        string? headed = null; // the table whose heading was added last: SQLite's ".dump" writes one INSERT per row
        while (lexer.Statement() is { } statement)
        {
            if (SqlStatements.CreatedTable(statement) is { } created) tables[created.Table] = created.Columns;
            else if (SqlStatements.Inserted(statement) is { } inserted)
                headed = AddRows(outline, inserted.Table, Columns(inserted.Columns, tables.GetValueOrDefault(inserted.Table)), inserted.Rows, headed);
            else if (SqlStatements.Copied(statement) is { } copied)
                headed = AddRows(outline, copied.Table, Columns(copied.Columns, tables.GetValueOrDefault(copied.Table)), lexer.CopyRows(), headed);
        }
        return new ParsedDocument(source.FileName, title, SourceFormat.Sql, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = outline.References,
        };
    }

    // The columns a statement lists ("COPY public.cases (id, created_at, …)") keep what CREATE TABLE says of them.
    private static IReadOnlyList<SqlColumn>? Columns(List<SqlColumn>? listed, List<SqlColumn>? created) =>
        listed is null ? created
        : [.. listed.Select(c => created?.FirstOrDefault(d => d.Name.Equals(c.Name, StringComparison.OrdinalIgnoreCase)) ?? c)];

    // Each row is a record of its own: no year taken from the row above (a TimelineRows per row), under a heading of its table.
    private static string? AddRows(OutlineBlocks outline, string table, IReadOnlyList<SqlColumn>? columns, IEnumerable<SqlRow> rows, string? headed)
    {
        foreach (var row in rows)
        {
            if (headed != table) outline.AddHeading(TimelineRows.Label(table), 2, row.Line);
            headed = table;
            var names = new List<string>();
            var cells = new List<string>();
            for (var i = 0; i < row.Values.Count; i++)
            {
                var column = columns is not null && i < columns.Count ? columns[i] : new SqlColumn($"column {i + 1}", Bookkeeping: false);
                if (column.Bookkeeping) continue;
                names.Add(TimelineRows.Label(column.Name));
                cells.Add(row.Values[i] is { } value ? Date(ProseText.Squash(value)) : "");
            }
            if (new TimelineRows(names).Read(cells, outline.AddReference) is { } text) outline.AddText(PassageKind.Paragraph, text, row.Line);
        }
        return headed;
    }

    // "1934-01-00" is January 1934, "1977-00-00" the year 1977, "0000-00-00 00:00:00" no date: MySQL writes an unknown part as zero.
    private static string Date(string value)
    {
        var zero = ZeroDate().Match(value);
        if (!zero.Success) return value;
        var (year, month) = (zero.Groups["y"].Value, zero.Groups["m"].Value);
        return year == "0000" ? "" : month == "00" ? year : $"{year}-{month}";
    }


    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-00(?: \d{2}:\d{2}:\d{2})?$|^(?<y>\d{4})-(?<m>00)-\d{2}(?: \d{2}:\d{2}:\d{2})?$")]
    private static partial Regex ZeroDate();

    [GeneratedRegex(@"^(--|/\*|(CREATE|INSERT|DROP|SET|BEGIN|PRAGMA)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OpensAsSql();

    [GeneratedRegex(@"^COPY\s+\S+.*\bFROM\s+stdin", RegexOptions.IgnoreCase)]
    private static partial Regex CopyFromInput();
}
