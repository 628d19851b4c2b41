using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Gemtext;

/// <summary>
/// Reads Gemini's gemtext (gemini://geminiprotocol.net/docs/gemtext-specification.gmi): each line is one kind of thing, so a
/// text line is a paragraph of its own (gemtext never wraps), "#", "##" and "###" lines are headings, "* " lines list items and
/// "> " lines a quotation, one passage however many lines it runs. A link line ("=&gt; url label") points at another document,
/// as a reference does, and is no prose. A preformatted block ("```") laid out in columns two spaces or more apart is a table,
/// one passage per row under its first row's labels (TableCells); any other preformatted text (code, ASCII art) is no prose.
/// A gemlog's file name opens with its date ("2024-05-11-title.gmi"), which is the document's.
/// </summary>
internal static partial class GemtextParser
{
    private const int MinLinkLines = 2;

    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".gmi", ".gemini"];

    /// <summary>A ".gmi" file (5), or text with two link lines or more ("=&gt; gemini://…", "=&gt; notes/1968.gmi") (4: above
    /// wikitext's 3). Revision notes write "=&gt;" for "so" ("=&gt; 1979-89. Braithwaite"): a link line points at a path or a file.</summary>
    public static int Likeness(DocumentShape shape) =>
        shape.HasExtension(Extensions) ? 5 : shape.Lines.Count(IsLinkLine) >= MinLinkLines ? 4 : 0;

    private static bool IsLinkLine(string line) => LinkLine().Match(line) is { Success: true } link && LinkTarget().IsMatch(link.Groups["url"].Value);

    public static ParsedDocument Parse(SourceText source)
    {
        var lines = source.Text.Replace("\r", "").Split('\n');
        var outline = new OutlineBlocks();
        string? title = null;
        var quote = new List<string>();
        var quoteLine = 0;

        void EndQuote()
        {
            if (quote.Count > 0) outline.AddText(PassageKind.Paragraph, string.Join(" ", quote), quoteLine);
            quote.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (!line.StartsWith('>')) EndQuote();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var close = i + 1;
                while (close < lines.Length && !lines[close].StartsWith("```", StringComparison.Ordinal)) close++;
                Preformatted(lines[(i + 1)..Math.Min(close, lines.Length)], number + 1, outline);
                i = close;
            }
            else if (HeadingLine().Match(line) is { Success: true } heading)
            {
                var text = heading.Groups["text"].Value.Trim();
                var level = heading.Groups["marks"].Value.Length;
                if (level == 1) title ??= text;
                outline.AddHeading(text, level, number);
            }
            else if (LinkLine().Match(line) is { Success: true } link)
            {
                var label = link.Groups["label"].Value.Trim();
                outline.AddReference(label.Length > 0 ? label : link.Groups["url"].Value);
            }
            else if (line.StartsWith("* ", StringComparison.Ordinal)) outline.AddText(PassageKind.ListItem, line[2..].Trim(), number);
            else if (line.StartsWith('>'))
            {
                if (quote.Count == 0) quoteLine = number;
                quote.Add(line[1..].Trim());
            }
            // A rule ("---", "***") or a line of no words is layout.
            else if (line.Any(char.IsLetterOrDigit)) outline.AddText(PassageKind.Paragraph, line.Trim(), number);
        }
        EndQuote();

        title ??= Path.GetFileNameWithoutExtension(source.FileName);
        var date = GemlogDate().Match(Path.GetFileName(source.FileName));
        return new ParsedDocument(source.FileName, title, SourceFormat.Gemtext, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title, Date = date.Success ? date.Value : null },
            References = outline.References,
        };
    }

    // Columns two spaces or more apart on every line but blank ones, as many on each: a table; its first row names the columns.
    private static void Preformatted(string[] block, int firstLine, OutlineBlocks outline)
    {
        var rows = block.Select((l, i) => (Line: firstLine + i, Cells: Columns().Split(l.Trim()))).Where(r => r.Cells[0].Length > 0).ToList();
        if (rows.Count < 2 || rows.Any(r => r.Cells.Length < 2 || r.Cells.Length != rows[0].Cells.Length)) return;
        var header = rows[0].Cells;
        foreach (var (line, cells) in rows.Skip(1)) outline.AddText(PassageKind.Paragraph, TableCells.Row(cells, header), line);
    }

    [GeneratedRegex(@"^(?<marks>#{1,3})\s*(?<text>\S.*)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^=>\s*(?<url>\S+)(?:\s+(?<label>.*))?$")]
    private static partial Regex LinkLine();

    // "gemini://host/", "/log/", "../index.gmi", "notes/", "photo.jpg": a scheme, a path from the root or from here, a folder, or
    // a name ending in a file extension; "1979/80" and "USSR/Sov." are none.
    [GeneratedRegex(@"^(?:[A-Za-z][A-Za-z0-9+.-]*:|\.{0,2}/)|/$|\w\.[A-Za-z][A-Za-z0-9]{1,4}$")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Columns();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex GemlogDate();
}
