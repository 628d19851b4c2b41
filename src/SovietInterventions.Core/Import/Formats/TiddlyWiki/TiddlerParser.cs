using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.TiddlyWiki;

/// <summary>
/// Reads a TiddlyWiki tiddler (.tid). The "field: value" lines before the first blank line are the tiddler's fields, never
/// prose: its title titles the document, its tags are tags. The body is TiddlyWiki's wikitext: "!" starts a heading ("!!" one
/// level down), "*" and "#" start list items, "|a|b|" is a table row ("|!" a header cell), a "tags: …" line under a heading
/// tags it, and a "&lt;&lt;&lt;" block is a quotation, read as a paragraph. Marks of emphasis (''bold'', //italic//, @@style@@) and links
/// ([[label|target]]) keep their text; macros ("&lt;&lt;toc&gt;&gt;"), transclusions ("{{Tiddler}}") and code are no prose.
/// See https://tiddlywiki.com/#WikiText.
/// </summary>
internal static partial class TiddlerParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".tid"];

    /// <summary>A ".tid" file is a tiddler (5); so is text whose fields name TiddlyWiki's content type (4).</summary>
    public static int Likeness(DocumentShape shape) =>
        shape.HasExtension(Extensions) ? 5
        : shape.Lines.Take(12).Any(l => l.StartsWith("type: text/vnd.tiddlywiki", StringComparison.Ordinal)) ? 4 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var lines = source.Text.Replace("\r\n", "\n").Split('\n');
        var body = 0;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (; body < lines.Length && lines[body].Trim().Length > 0; body++)
            if (Field().Match(lines[body]) is { Success: true } field) fields[field.Groups["name"].Value] = field.Groups["value"].Value.Trim();
        if (fields.Count == 0) body = 0;

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
            if (Field().IsMatch(line) && line.StartsWith("tags:", StringComparison.OrdinalIgnoreCase)) continue;
            if (line.StartsWith('|'))
            {
                EndParagraph();
                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToList();
                if (cells.All(c => c.StartsWith('!'))) header = [.. cells.Select(c => Inline(c[1..]))];
                else outline.AddText(PassageKind.Paragraph, TableCells.Row([.. cells.Select(c => Inline(c.TrimStart('!')))], header), number);
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

    // "[[Soviet foreign policy]] Interwar RedArmy": a tag of several words is bracketed, the others stand alone.
    private static List<string> Tags(string field) =>
        [.. TagList().Matches(field).Select(m => m.Groups["bracketed"].Success ? m.Groups["bracketed"].Value : m.Value)];

    // The text a reader sees: links keep their label, emphasis its words, macros and transclusions nothing.
    private static string Inline(string text)
    {
        text = Macro().Replace(text, " ");
        text = Transclusion().Replace(text, " ");
        text = Link().Replace(text, m => m.Groups["label"].Value);
        text = Style().Replace(text, "$1");
        text = Emphasis().Replace(text, "${text}");
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^(?<name>[a-z][\w.-]*):\s?(?<value>.*)$")]
    private static partial Regex Field();

    [GeneratedRegex(@"^(?<marks>!{1,6})\s*(?<text>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<marks>[*#]+)\s*(?<text>.+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"<<[^>]*>>")]
    private static partial Regex Macro();

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex Transclusion();

    // "[[label|target]]" and "[[target]]".
    [GeneratedRegex(@"\[\[(?<label>[^|\]]*)(?:\|[^\]]*)?\]\]")]
    private static partial Regex Link();

    // "@@.note Status: draft.@@" and "@@color:red;text@@" keep their text.
    [GeneratedRegex(@"@@(?:\.[\w-]+\s+|[\w-]+:[^;]*;)?(.*?)@@")]
    private static partial Regex Style();

    // ''bold'', //italic// (not the slashes of "https://"), __underline__, ~~struck~~.
    [GeneratedRegex(@"''(?<text>.+?)''|(?<!:)//(?<text>.+?)//|__(?<text>.+?)__|~~(?<text>.+?)~~")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\[\[(?<bracketed>[^\]]+)\]\]|[^\s\[\]]+")]
    private static partial Regex TagList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
