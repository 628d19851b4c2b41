using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.TiddlyWiki;

/// <summary>
/// Reads a TiddlyWiki tiddler (.tid). The "field: value" lines before the first blank line are the tiddler's fields, never
/// prose: its title titles the document, its tags are tags. The body is TiddlyWiki's wikitext: "!" starts a heading ("!!" one
/// level down), "*" and "#" start list items, "|a|b|" is a table row ("|!" a header cell), a "tags: …" line under a heading
/// is no prose, and a "&lt;&lt;&lt;" block is a quotation, read as a paragraph. Marks of emphasis (''bold'', //italic//, @@style@@) and
/// links ([[label|target]], [ext[label|url]]) keep their text; macros ("&lt;&lt;toc&gt;&gt;"), transclusions ("{{Tiddler}}"), widgets,
/// HTML tags and comments, and code are no prose. Every pattern is bounded, so no line, however long, takes more than linear time.
/// See https://tiddlywiki.com/#WikiText.
/// </summary>
internal static partial class TiddlerParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".tid"];

    /// <summary>A ".tid" file is a tiddler (5); so is text whose fields name TiddlyWiki's content type (5).</summary>
    public static int Likeness(DocumentShape shape) =>
        shape.HasExtension(Extensions) ? 5
        : shape.Lines.Take(12).Any(l => l.StartsWith("type: text/vnd.tiddlywiki", StringComparison.Ordinal)) ? 5 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var lines = source.Text.Replace("\r\n", "\n").Split('\n');
        // The fields run from the first line to the first line that is no field; a body line that looks like one stays prose.
        var body = 0;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (; body < lines.Length && Field().Match(lines[body]) is { Success: true } field; body++)
            fields[field.Groups["name"].Value] = field.Groups["value"].Value.Trim();

        var title = fields.GetValueOrDefault("title") is { Length: > 0 } named ? Inline(named) : Path.GetFileNameWithoutExtension(source.FileName);
        var outline = new OutlineBlocks();
        outline.AddHeading(title, 1, 1);
        var header = new List<string>();
        var paragraph = new List<string>();
        var paragraphLine = 0;
        var inCode = false;

        void EndParagraph()
        {
            if (paragraph.Count > 0) outline.AddText(PassageKind.Paragraph, Inline(string.Join(' ', paragraph)), paragraphLine);
            paragraph.Clear();
        }

        for (var i = body; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var number = i + 1;
            if (line.StartsWith("```", StringComparison.Ordinal)) { EndParagraph(); inCode = !inCode; continue; }
            if (inCode) continue;
            if (line.StartsWith("<<<", StringComparison.Ordinal)) { EndParagraph(); continue; }
            if (line.Trim().Length == 0 || line.Trim() == "---") { EndParagraph(); continue; }
            if (Heading().Match(line) is { Success: true } heading)
            {
                EndParagraph();
                header.Clear();
                // "!" is the top level of the body; the document's title stands above it.
                outline.AddHeading(Inline(heading.Groups["text"].Value), heading.Groups["marks"].Length + 1, number);
                continue;
            }
            if (line.StartsWith("tags:", StringComparison.OrdinalIgnoreCase)) continue;
            if (line.StartsWith('|'))
            {
                EndParagraph();
                Row(line, number, header, outline);
                continue;
            }
            if (ListItem().Match(line) is { Success: true } item)
            {
                EndParagraph();
                outline.AddText(PassageKind.ListItem, Inline(item.Groups["text"].Value), number, item.Groups["marks"].Length);
                continue;
            }
            if (paragraph.Count == 0) paragraphLine = number;
            paragraph.Add(line.Trim());
        }
        EndParagraph();

        return new ParsedDocument(source.FileName, title, SourceFormat.TiddlyWiki, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title, Tags = Tags(fields.GetValueOrDefault("tags") ?? "") },
            References = outline.References,
        };
    }

    // "|6 May|Kessel falls|": one pipe at each end; a row ending "|h" heads the columns, "|c" captions the table (no prose), "|f" and
    // "|k" are footer and class rows; a row of "!" cells heads the columns too.
    private static void Row(string line, int number, List<string> header, OutlineBlocks outline)
    {
        var suffix = RowSuffix().Match(line);
        var inner = suffix.Success ? line[1..^(suffix.Length)] : line.EndsWith('|') && line.Length > 1 ? line[1..^1] : line[1..];
        var cells = inner.Split('|').Select(c => c.Trim()).ToList();
        var kind = suffix.Success ? suffix.Groups["kind"].Value : "";
        if (kind is "c" or "k") return;
        if (kind == "h" || cells.All(c => c.StartsWith('!')))
        {
            header.Clear();
            header.AddRange(cells.Select(c => Inline(c.TrimStart('!'))));
            return;
        }
        if (cells.Any(c => c.Length > 0)) outline.AddText(PassageKind.Paragraph, TableCells.Row([.. cells.Select(c => Inline(c.TrimStart('!')))], header), number);
    }

    // "[[Soviet foreign policy]] Interwar RedArmy": a tag of several words is bracketed, the others stand alone.
    private static List<string> Tags(string field) =>
        [.. TagList().Matches(field).Select(m => m.Groups["bracketed"].Success ? m.Groups["bracketed"].Value : m.Value)];

    // The text a reader sees: links keep their label, emphasis its words; macros, transclusions, widgets, HTML tags and comments
    // and inline code nothing.
    private static string Inline(string text)
    {
        text = Macro().Replace(text, " ");
        text = Markup().Replace(text, " ");
        text = Transclusion().Replace(text, " ");
        text = Link().Replace(text, m => m.Groups["label"].Value);
        text = Style().Replace(text, "$1");
        text = Emphasis().Replace(text, "${text}");
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z][\w.-]*):\s?(?<value>.*)$")]
    private static partial Regex Field();

    [GeneratedRegex(@"\|(?<kind>[chfk])$")]
    private static partial Regex RowSuffix();

    // "<!-- … -->", "<$list …/>", "<div class=…>", "</b>" and "`code`": markup and code, no prose (their words between tags stay).
    [GeneratedRegex(@"<!--.{0,2000}?-->|</?\$?[a-zA-Z][^<>]{0,500}>|`[^`]{0,500}`")]
    private static partial Regex Markup();

    [GeneratedRegex(@"^(?<marks>!{1,6})(?!!)\s*(?<text>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<marks>[*#]+)\s*(?<text>.+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"<<[^<>]{0,2000}>>")]
    private static partial Regex Macro();

    [GeneratedRegex(@"\{\{\{?[^{}]{0,2000}\}\}\}?")]
    private static partial Regex Transclusion();

    // "[[label|target]]" and "[[target]]".
    [GeneratedRegex(@"\[(?:ext|img)?\[(?<label>[^\[\]|]*)(?:\|[^\[\]]*)?\]\]")]
    private static partial Regex Link();

    // "@@.note Status: draft.@@" and "@@color:red;text@@" keep their text.
    [GeneratedRegex(@"@@(?:\.[\w-]+\s+|[\w-]+:[^;@]{0,100};)?(.{0,2000}?)@@")]
    private static partial Regex Style();

    // ''bold'', //italic// (not the slashes of "https://"), __underline__, ~~struck~~.
    [GeneratedRegex(@"''(?<text>.{1,300}?)''|(?<!:)//(?<text>.{1,300}?)(?<!:)//|__(?<text>.{1,300}?)__|~~(?<text>.{1,300}?)~~")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\[\[(?<bracketed>[^\]]+)\]\]|[^\s\[\]]+")]
    private static partial Regex TagList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
