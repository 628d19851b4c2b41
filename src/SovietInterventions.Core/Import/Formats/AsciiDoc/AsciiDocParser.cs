using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Delimited;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.AsciiDoc;

/// <summary>
/// Reads an AsciiDoc document: "= Title" is the title, "==" down to "======" are section headings; the header's author line,
/// revision line and ":name: value" attributes are metadata, never prose; a paragraph's lines are joined up to a blank line;
/// a "*", "-" or "." list item is one item with its wrapped lines; "NOTE:", "TIP:" and the other admonitions read as prose
/// without their label; block attributes ("[CAUTION]"), block titles (".Be careful"), comments and "----" listing blocks are
/// dropped; a "|===" table gives one passage per row (<see cref="TimelineRows"/>); a "Further reading" section gives references.
/// </summary>
internal static partial class AsciiDocParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".adoc", ".asciidoc", ".asc"];

    /// <summary>An ".adoc" or ".asciidoc" file, or a "= Title" first line with ":name: value" attributes, is AsciiDoc (5).</summary>
    public static int Likeness(DocumentShape shape) =>
        shape.HasExtension(Extensions)
        || shape.Lines.Count > 1 && Title().IsMatch(shape.Lines[0]) && shape.Lines.Skip(1).Take(4).Any(l => Attribute().IsMatch(l)) ? 5 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var lines = source.Text.Replace("\r", "").Split('\n');
        var blocks = new List<Block>();
        var references = new List<string>();
        var headings = new List<Heading>();
        var metadata = new DocumentMetadata();
        string? title = null;
        int? referenceLevel = null;
        var current = new List<string>();
        var kind = PassageKind.Paragraph;
        var depth = 0;
        var startLine = 0;
        var i = 0;

        void Add(PassageKind passageKind, string text, int line, int passageDepth = 0)
        {
            var plain = AsciiDocInline.Plain(text, references.Add);
            if (plain.Length == 0) return;
            if (referenceLevel is not null) references.Add(plain);
            else blocks.Add(new Block(passageKind, plain, line, headings.ToArray(), passageDepth));
        }

        void End()
        {
            if (current.Count > 0) Add(kind, string.Join(" ", current), startLine, depth);
            current.Clear();
            (kind, depth) = (PassageKind.Paragraph, 0);
        }

        // The header: "= Title", then an author line, a revision line and attributes, up to the first blank line.
        while (i < lines.Length && lines[i].Trim().Length == 0) i++;
        if (i < lines.Length && Title().Match(lines[i]) is { Success: true } titleLine)
        {
            title = AsciiDocInline.Plain(titleLine.Groups["text"].Value, references.Add);
            var header = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim().Length > 0; i++)
                if (!lines[i].StartsWith("//", StringComparison.Ordinal)) header.Add(lines[i].Trim());
            var attributes = header.Select(l => Attribute().Match(l)).Where(m => m.Success)
                .GroupBy(m => m.Groups["name"].Value).ToDictionary(g => g.Key, g => g.First().Groups["value"].Value.Trim());
            var plainLines = header.Where(l => !Attribute().IsMatch(l)).ToList();
            metadata = new DocumentMetadata
            {
                Title = title,
                Author = attributes.GetValueOrDefault("author") ?? (plainLines.Count > 0 ? Email().Replace(plainLines[0], "").Trim() : null),
                Date = attributes.GetValueOrDefault("revdate") ?? (plainLines.Count > 1 ? Revision().Match(plainLines[1]) is { Success: true } r ? r.Groups["date"].Value : null : null),
            };
        }

        for (; i < lines.Length; i++)
        {
            var raw = lines[i];
            var line = raw.Trim();
            var number = i + 1;
            if (line.Length == 0)
            {
                End();
                continue;
            }
            if (line.StartsWith("////", StringComparison.Ordinal) || line == "----")
            {
                End();
                i = Skip(lines, i, line);
                continue;
            }
            if (line == "....")
            {
                // A literal block: its lines as they are, one paragraph.
                End();
                var close = Skip(lines, i, line);
                Add(PassageKind.Paragraph, string.Join(" ", lines[(i + 1)..close].Select(l => l.Trim()).Where(l => l.Length > 0)), number + 1);
                i = close;
                continue;
            }
            if (line.StartsWith("|===", StringComparison.Ordinal))
            {
                End();
                i = Table(lines, i, (row, text) => Add(PassageKind.Paragraph, text, row), references.Add);
                continue;
            }
            if (line.StartsWith("//", StringComparison.Ordinal) || Attribute().IsMatch(line) || BlockAttributes().IsMatch(line)
                || BlockTitle().IsMatch(line) || line is "--" or "====" or "****" or "____" or "'''" or "<<<" or "+"
                || line.StartsWith("image::", StringComparison.Ordinal))
            {
                End();
                continue;
            }
            if (Section().Match(line) is { Success: true } section)
            {
                End();
                var level = section.Groups["marks"].Value.Length;
                var text = AsciiDocInline.Plain(section.Groups["text"].Value, references.Add);
                if (referenceLevel is { } within && level > within) continue;
                referenceLevel = ReferenceSections.IsReferenceHeading(text) ? level : null;
                if (referenceLevel is not null) continue;
                headings.RemoveAll(h => h.Level >= level);
                headings.Add(new Heading(text, level, number));
                blocks.Add(new Block(PassageKind.Heading, text, number, headings.ToArray(), level));
                continue;
            }
            if (ListItem().Match(line) is { Success: true } item)
            {
                End();
                (kind, depth, startLine) = (PassageKind.ListItem, item.Groups["marks"].Value.Length - 1, number);
                current.Add(item.Groups["text"].Value);
                continue;
            }
            if (current.Count == 0)
            {
                startLine = number;
                line = Admonition().Replace(line, "");
            }
            current.Add(line);
        }
        End();

        return new ParsedDocument(source.FileName, title ?? Path.GetFileNameWithoutExtension(source.FileName), SourceFormat.AsciiDoc, blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = metadata,
            References = references,
        };
    }

    // The index of the line that closes the block opened at <paramref name="open"/> (the last line when none does).
    private static int Skip(string[] lines, int open, string delimiter)
    {
        for (var i = open + 1; i < lines.Length; i++)
            if (lines[i].Trim() == delimiter) return i;
        return lines.Length - 1;
    }

    // A "|===" table: cells open with "|", a row is as many cells as the table has columns (from [cols="1,3"] or its first
    // line), and the first row is the header when a blank line follows it or the table says options="header".
    private static int Table(string[] lines, int open, Action<int, string> row, Action<string> reference)
    {
        var close = Skip(lines, open, lines[open].Trim());
        var attributes = open > 0 ? lines[open - 1].Trim() : "";
        var cells = new List<(int Line, string Text)>();
        int? columns = Cols().Match(attributes) is { Success: true } cols
            ? (int.TryParse(cols.Groups["cols"].Value, out var count) ? count : cols.Groups["cols"].Value.Split(',').Length)
            : null;
        var headerRow = attributes.Contains("header", StringComparison.Ordinal);
        for (var i = open + 1; i < close; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                if (cells.Count > 0 && columns is null) (columns, headerRow) = (cells.Count, i == open + 2 || headerRow);
                continue;
            }
            if (!line.StartsWith('|'))
            {
                if (cells.Count > 0) cells[^1] = (cells[^1].Line, $"{cells[^1].Text} {line}");
                continue;
            }
            foreach (var cell in line[1..].Split('|')) cells.Add((i + 1, cell.Trim()));
        }
        columns ??= Math.Max(cells.Count, 1);
        var width = columns.Value;
        var rows = cells.Chunk(width).ToList();
        var header = headerRow && rows.Count > 0 ? rows[0].Select(c => AsciiDocInline.Plain(c.Text, reference)).ToList() : [];
        var reader = new TimelineRows(header);
        foreach (var cellsOfRow in rows.Skip(headerRow ? 1 : 0))
            if (reader.Read(cellsOfRow.Select(c => AsciiDocInline.Plain(c.Text, reference)).ToList(), reference) is { } text)
                row(cellsOfRow[0].Line, text);
        return close;
    }

    [GeneratedRegex(@"^=\s+(?<text>\S.*)$")]
    private static partial Regex Title();

    [GeneratedRegex(@"^(?<marks>={2,6})\s+(?<text>\S.*?)\s*=*$")]
    private static partial Regex Section();

    [GeneratedRegex(@"^:(?<name>!?[\w-]+!?):(?<value>.*)$")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"^\[[^\]]*\]$")]
    private static partial Regex BlockAttributes();

    // ".Be careful" titles the block below it; ". item" (with a space) is a list item.
    [GeneratedRegex(@"^\.[^.\s]")]
    private static partial Regex BlockTitle();

    [GeneratedRegex(@"^(?<marks>\*{1,5}|\.{1,5}|-)\s+(?<text>\S.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s*")]
    private static partial Regex Admonition();

    [GeneratedRegex(@"\s*<[^>]+@[^>]+>")]
    private static partial Regex Email();

    [GeneratedRegex(@"^v?[\d.]+,\s*(?<date>[^:]+)")]
    private static partial Regex Revision();

    [GeneratedRegex(@"cols=""?(?<cols>[^"",\]]+(?:,[^"",\]]+)*)""?")]
    private static partial Regex Cols();
}
