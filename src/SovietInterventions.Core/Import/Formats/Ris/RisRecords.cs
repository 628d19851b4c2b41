using System.Text;

namespace SovietInterventions.Core.Import.Formats.Ris;

/// <summary>A tagged field of a RIS record: its tag ("AU", "AB"), its value with any continuation lines joined on, and its line.</summary>
internal sealed class RisField(string tag, string value, int line)
{
    private readonly StringBuilder value = new(value);

    public string Tag { get; } = tag;
    public int Line { get; } = line;
    public string Value => value.ToString();

    public void Continue(string text) => value.Append(value.Length > 0 ? " " : "").Append(text);
}

/// <summary>A record of a RIS file, from its "TY" line (its type: BOOK, JOUR …) to its "ER" line, and the line it starts on.</summary>
internal sealed record RisRecord(string Type, IReadOnlyList<RisField> Fields, int Line)
{
    /// <summary>The non-empty values of the first of these tags that the record has, in the order written.</summary>
    public List<string> Values(params string[] tags)
    {
        foreach (var tag in tags)
        {
            var values = Fields.Where(f => f.Tag == tag).Select(f => f.Value.Trim()).Where(v => v.Length > 0).ToList();
            if (values.Count > 0) return values;
        }
        return [];
    }

    public string? First(params string[] tags) => Values(tags).FirstOrDefault();
}

/// <summary>
/// Splits a RIS file (the tagged citation format of EndNote, Zotero, Mendeley and library catalogues) into its records. A
/// field is a line "XX  - value": two capitals or a capital and a digit, two spaces, a hyphen. "TY" opens a record and "ER"
/// closes it; a line that is no tag line goes on with the field above it (a long abstract wrapped by the exporter). Lines
/// outside a record are no part of any. A record left open at the end of the file keeps what was read of it.
/// </summary>
internal static class RisRecords
{
    /// <summary>The line is a tag line ("AU  - Name", or "ER  -" with its trailing space trimmed).</summary>
    public static bool IsTagLine(string line) =>
        line.Length >= 5 && char.IsAsciiLetterUpper(line[0]) && (char.IsAsciiLetterUpper(line[1]) || char.IsAsciiDigit(line[1]))
        && line[2] == ' ' && line[3] == ' ' && line[4] == '-' && (line.Length == 5 || line[5] == ' ');

    public static string Tag(string line) => line[..2];

    public static List<RisRecord> Read(string text)
    {
        var records = new List<RisRecord>();
        List<RisField>? fields = null;
        var (type, start) = ("", 0);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').TrimStart('\uFEFF');
            if (!IsTagLine(line))
            {
                if (fields is { Count: > 0 } && line.Trim() is { Length: > 0 } more) fields[^1].Continue(more);
                continue;
            }
            var (tag, value) = (Tag(line), line.Length > 6 ? line[6..].Trim() : "");
            if (tag == "TY")
            {
                if (fields is not null) records.Add(new RisRecord(type, fields, start));
                (fields, type, start) = ([], value, i + 1);
            }
            else if (tag == "ER")
            {
                if (fields is not null) records.Add(new RisRecord(type, fields, start));
                fields = null;
            }
            else fields?.Add(new RisField(tag, value, i + 1));
        }
        if (fields is not null) records.Add(new RisRecord(type, fields, start));
        return records;
    }
}
