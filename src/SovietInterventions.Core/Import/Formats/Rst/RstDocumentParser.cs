using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Rst;

/// <summary>
/// Parses a reStructuredText document (a course handout, a Sphinx page): section titles head sections at the levels
/// <see cref="RstSections"/> gives; a field list at the top (":Author:", ":Date:") is metadata, never prose; admonitions'
/// bodies (".. note::") are prose, a figure's is a caption, footnotes and citations (".. [#] …") are references, and
/// other directives, comments, link targets and substitution definitions are dropped. List items run over their
/// hanging indent; table rows read as a Markdown table's do. A literal block (after a line ending "::") is dropped:
/// it holds code, a layout or a transcript set verbatim, while reStructuredText quotes prose as an indented block quote,
/// which is read.
/// </summary>
internal static partial class RstDocumentParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".rst"];

    /// <summary>An ".rst" file, or text with directives (".. note::"), footnotes (".. [#]") or link targets (".. _name:"),
    /// or a field list under an adorned title, is reStructuredText (4).</summary>
    public static int Likeness(DocumentShape shape)
    {
        if (shape.HasExtension(Extensions)) return 4;
        var lines = shape.Text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.Any(l => ExplicitMarkup().IsMatch(l))) return 4;
        return RstSections.Find(lines).Count > 0 && lines.Any(l => Field().IsMatch(l)) ? 4 : 0;
    }

    private static readonly HashSet<string> Admonitions = new(StringComparer.OrdinalIgnoreCase)
    {
        "note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error", "admonition", "seealso",
        "topic", "sidebar", "epigraph", "pull-quote", "highlights", "versionadded", "versionchanged", "deprecated",
    };

    public static ParsedDocument Parse(SourceText source)
    {
        var lines = source.Text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var titles = RstSections.Find(lines).ToDictionary(t => t.First);
        var (levels, opening) = RstSections.Levels(titles.Values.OrderBy(t => t.First).ToList(), lines, FirstContentLine(lines));
        var outline = new OutlineBlocks();
        var text = new RunningText(outline);
        string? title = null, date = null, author = null;
        var atTop = true; // no section or prose yet below the title: a field list here is the document's own data
        int? literalIndent = null;

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            var indent = line.Length - line.TrimStart().Length;
            if (trimmed.Length == 0)
            {
                text.End();
                continue;
            }
            if (literalIndent is { } literal)
            {
                if (indent > literal) continue;
                literalIndent = null;
            }
            if (titles.TryGetValue(i, out var section))
            {
                text.EndSection();
                var level = levels[section];
                var heading = RstInline.Plain(section.Text);
                if (level == 1) title ??= heading;
                atTop &= opening.Contains(section);
                outline.AddHeading(heading, level, i + 1);
                i = section.Last;
                continue;
            }
            if (RstSections.Adornment(line) is not null && indent == 0) continue; // a transition
            if (trimmed == ".." || trimmed.StartsWith(".. ", StringComparison.Ordinal))
            {
                text.End();
                var end = BodyEnd(lines, i, indent);
                ReadExplicitMarkup(lines, i, end, outline);
                i = end;
                continue;
            }
            if (Field().Match(line) is { Success: true } field)
            {
                text.End();
                var end = BodyEnd(lines, i, indent);
                var value = RstInline.Plain(string.Join(' ', [field.Groups["value"].Value, .. lines[(i + 1)..(end + 1)].Select(l => l.Trim())]));
                var name = field.Groups["name"].Value.Trim();
                if (atTop)
                {
                    if (name.Equals("date", StringComparison.OrdinalIgnoreCase)) date ??= value;
                    else if (name is "Author" or "Authors" or "author" or "authors") author ??= value;
                }
                else outline.AddText(PassageKind.Paragraph, $"{name}: {value}", i + 1);
                i = end;
                continue;
            }
            if (RstTables.IsSimpleBorder(line) && RstTables.Simple(lines, i) is { } simple)
            {
                text.End();
                atTop = false;
                AddRows(outline, simple);
                i = simple.Last;
                continue;
            }
            if (RstTables.IsGridRule(line))
            {
                text.End();
                atTop = false;
                var grid = RstTables.Grid(lines, i);
                AddRows(outline, grid);
                i = grid.Last;
                continue;
            }
            atTop = false;
            if (ListItem().Match(line) is { Success: true } item)
                text.StartItem(indent, item.Groups["text"].Value, i + 1);
            else
                text.AddLine(trimmed, i + 1, indent);
            if (trimmed.EndsWith("::", StringComparison.Ordinal))
            {
                text.EndLiteralLead();
                literalIndent = text.Indent;
            }
        }
        text.End();

        return new ParsedDocument(source.FileName, title ?? Path.GetFileNameWithoutExtension(source.FileName), SourceFormat.Rst, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title, Date = date, Author = author },
            References = outline.References,
        };
    }

    // The first line that is not blank and not a comment: where a document title would stand.
    private static int FirstContentLine(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length == 0) continue;
            if ((trimmed == ".." || trimmed.StartsWith(".. ", StringComparison.Ordinal)) && !ExplicitMarkup().IsMatch(trimmed))
            {
                i = BodyEnd(lines, i, 0);
                continue;
            }
            return i;
        }
        return -1;
    }

    // The last line of a construct at the line: its indented body, blank lines inside it included.
    private static int BodyEnd(string[] lines, int start, int indent)
    {
        var end = start;
        for (var i = start + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            if (lines[i].Length - lines[i].TrimStart().Length <= indent) break;
            end = i;
        }
        return end;
    }

    private static void ReadExplicitMarkup(string[] lines, int start, int end, OutlineBlocks outline)
    {
        var head = lines[start].Trim();
        var body = lines[(start + 1)..(end + 1)].Select(l => l.Trim()).ToList();
        if (Footnote().Match(head) is { Success: true } footnote)
        {
            outline.AddReference(RstInline.Plain(string.Join(' ', [footnote.Groups["text"].Value, .. body])));
            return;
        }
        if (Directive().Match(head) is not { Success: true } directive) return; // a comment, a link target, a substitution
        var name = directive.Groups["name"].Value;
        var kind = name.Equals("figure", StringComparison.OrdinalIgnoreCase) ? PassageKind.Caption : PassageKind.Paragraph;
        if (!Admonitions.Contains(name) && kind != PassageKind.Caption) return;
        // The body's paragraphs, after the directive's options (":class: …") and, for a figure, its image's target.
        var paragraph = new List<string>();
        var line = start + 1;
        foreach (var (text, at) in body.Select((t, k) => (t, start + 2 + k)).SkipWhile(b => Field().IsMatch(b.t)))
        {
            if (text.Length > 0 && paragraph.Count == 0) line = at;
            if (text.Length > 0) paragraph.Add(text);
            else Flush();
        }
        Flush();

        void Flush()
        {
            if (paragraph.Count > 0) outline.AddText(kind, RstInline.Plain(string.Join(' ', paragraph)), line);
            paragraph.Clear();
        }
    }

    private static void AddRows(OutlineBlocks outline, RstTables.Table table)
    {
        var header = table.Header.Select(RstInline.Plain).ToList();
        foreach (var (line, cells) in table.Rows)
            outline.AddText(PassageKind.Paragraph, Markdown.TableRows.Join(cells.Select(RstInline.Plain).ToList(), header), line);
    }

    /// <summary>A paragraph or list item being read: its lines run on until a blank line, a new item, or (for an item)
    /// a line no deeper than its marker. Its inline markup is read once it is whole, as markup may span lines.</summary>
    private sealed class RunningText(OutlineBlocks outline)
    {
        private readonly List<string> parts = [];
        private readonly List<int> itemIndents = [];
        private PassageKind kind;
        private int line, depth;

        public int Indent { get; private set; }

        public void StartItem(int markerIndent, string text, int lineNumber)
        {
            End();
            itemIndents.RemoveAll(i => i >= markerIndent);
            (kind, line, Indent, depth) = (PassageKind.ListItem, lineNumber, markerIndent, itemIndents.Count);
            itemIndents.Add(markerIndent);
            parts.Add(text);
        }

        public void AddLine(string text, int lineNumber, int lineIndent)
        {
            var continues = parts.Count > 0 && (kind == PassageKind.Paragraph || lineIndent > Indent);
            if (!continues)
            {
                End();
                if (itemIndents.Count > 0 && lineIndent <= itemIndents[0]) itemIndents.Clear();
                (kind, line, Indent, depth) = (PassageKind.Paragraph, lineNumber, lineIndent, 0);
            }
            parts.Add(text);
        }

        /// <summary>A paragraph ending "::" leads a literal block: "Example::" reads "Example:", a lone "::" nothing.</summary>
        public void EndLiteralLead()
        {
            var last = parts[^1];
            parts[^1] = last == "::" || last.EndsWith(" ::", StringComparison.Ordinal) ? last[..^2].TrimEnd() : last[..^1];
            End();
        }

        public void End()
        {
            if (parts.Count > 0) outline.AddText(kind, RstInline.Plain(string.Join(' ', parts)), line, depth);
            parts.Clear();
        }

        /// <summary>A section title ends any list.</summary>
        public void EndSection()
        {
            End();
            itemIndents.Clear();
        }
    }

    // ".. note::", ".. [#gati] …", ".. _label:", ".. |copy| unicode::": markup, not a comment.
    [GeneratedRegex(@"^\.\. (?:[\w-]+::|\[[^\]\s]+\]|_[^:]+:|\|[^|]+\|)")]
    private static partial Regex ExplicitMarkup();

    [GeneratedRegex(@"^\.\. (?<name>[\w-]+)::")]
    private static partial Regex Directive();

    [GeneratedRegex(@"^\.\. \[(?:#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\]\s*(?<text>.*)$")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^\s*:(?<name>[^:`\s][^:`]*):(?:\s+(?<value>.*))?$")]
    private static partial Regex Field();

    [GeneratedRegex(@"^\s*(?:[-*+•]|\(?(?:\d+|#|[A-Za-z])[.)])\s+(?<text>\S.*)$")]
    private static partial Regex ListItem();
}
