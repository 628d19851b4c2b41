using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Org;

/// <summary>
/// Parses an Org-mode outline (Emacs notes): "#+TITLE:" titles the document (level 1) and "*", "**" … headlines head
/// its sections one level below; "#+DATE:" and "#+AUTHOR:" are metadata, other "#+" keywords are dropped. Drawers
/// (":PROPERTIES:" … ":END:"), planning lines (DEADLINE, SCHEDULED, CLOSED), comments and comment, source and example
/// blocks are no prose, and timestamps are taken out of the text, so none of them dates anything. Quote and verse
/// blocks are prose. List items run on over their indented lines; a table row reads as a Markdown table's row does;
/// footnote definitions ("[fn:1] …") are references.
/// </summary>
internal static partial class OrgOutlineParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".org"];

    /// <summary>An ".org" file, or text with "#+KEYWORD:" lines, a property drawer, or "*" and "**" headlines, is Org (4):
    /// Markdown never writes these ("* " alone is a Markdown bullet too, so it is no sign).</summary>
    public static int Likeness(DocumentShape shape)
    {
        if (shape.HasExtension(Extensions)) return 4;
        var lines = shape.Text.Split('\n');
        var signs = lines.Any(l => Keyword().IsMatch(l) || BlockStart().IsMatch(l) || l.Trim() == ":PROPERTIES:")
            || (lines.Any(l => l.StartsWith("* ", StringComparison.Ordinal)) && lines.Any(l => l.StartsWith("** ", StringComparison.Ordinal)));
        return signs ? 4 : 0;
    }

    private static readonly HashSet<string> ProseBlocks = new(StringComparer.OrdinalIgnoreCase) { "QUOTE", "VERSE", "CENTER" };

    public static ParsedDocument Parse(SourceText source)
    {
        var lines = source.Text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var todo = TodoKeywords(lines);
        var outline = new OutlineBlocks();
        var text = new RunningText(outline);
        string? title = null, date = null, author = null;
        int? commentedLevel = null; // inside a "COMMENT" headline's subtree, down from this level
        var drawerEnd = -1; // the next ":END:" line looked for, so that many unclosed drawers are still read in one pass

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            var lineNumber = i + 1;
            if (OrgHeadline.Of(line, todo) is { } headline)
            {
                text.EndSection();
                if (commentedLevel is { } level && headline.Stars > level) continue;
                commentedLevel = headline.IsComment ? headline.Stars : null;
                if (!headline.IsComment) outline.AddHeading(headline.Title, headline.Stars + 1, lineNumber);
                continue;
            }
            if (commentedLevel is not null) continue;
            if (trimmed.Length == 0)
            {
                text.End();
                continue;
            }
            if (Keyword().Match(trimmed) is { Success: true } keyword)
            {
                text.End();
                var value = OrgInline.Plain(keyword.Groups["value"].Value);
                switch (keyword.Groups["name"].Value.ToUpperInvariant())
                {
                    case "TITLE" when title is null && value.Length > 0:
                        title = value;
                        outline.AddHeading(title, 1, lineNumber);
                        break;
                    case "DATE":
                        date ??= OrgInline.Timestamp().Match(keyword.Groups["value"].Value) is { Success: true } stamp ? stamp.Value[1..11] : NullIfEmpty(value);
                        break;
                    case "AUTHOR":
                        author ??= NullIfEmpty(value);
                        break;
                }
                continue;
            }
            if (BlockStart().Match(trimmed) is { Success: true } block)
            {
                text.End();
                var name = block.Groups["name"].Value;
                var end = Array.FindIndex(lines, i + 1, l => l.Trim().Equals("#+END_" + name, StringComparison.OrdinalIgnoreCase));
                if (end < 0) end = lines.Length;
                if (ProseBlocks.Contains(name))
                    for (var j = i + 1; j < end; j++)
                        if (lines[j].Trim().Length == 0) text.End();
                        else text.AddLine(lines[j].Trim(), j + 1, lineIndent: 0);
                text.End();
                i = end;
                continue;
            }
            if (trimmed == "#" || trimmed.StartsWith("# ", StringComparison.Ordinal) || trimmed.StartsWith("#+", StringComparison.Ordinal)
                || Planning().IsMatch(trimmed))
            {
                text.End();
                continue;
            }
            if (Drawer().IsMatch(trimmed))
            {
                text.End();
                // A drawer runs to the next ":END:"; a lone ":word:" line with none after it is dropped alone.
                if (trimmed.Equals(":END:", StringComparison.OrdinalIgnoreCase)) continue;
                if (drawerEnd <= i) drawerEnd = NextDrawerEnd(lines, i + 1);
                if (drawerEnd < lines.Length) i = drawerEnd;
                continue;
            }
            if (trimmed.StartsWith('|'))
            {
                text.End();
                var first = i;
                while (i + 1 < lines.Length && lines[i + 1].Trim().StartsWith('|')) i++;
                foreach (var (row, rowText) in TableRows(lines, first, i)) outline.AddText(PassageKind.Paragraph, rowText, row);
                continue;
            }
            if (FootnoteDefinition().Match(line) is { Success: true } footnote)
            {
                text.End();
                outline.AddReference(OrgInline.Plain(footnote.Groups["text"].Value));
                continue;
            }
            var indent = line.Length - line.TrimStart().Length;
            if (ListItem().Match(line) is { Success: true } item && (indent > 0 || item.Groups["bullet"].Value != "*"))
            {
                text.StartItem(indent, item.Groups["text"].Value, lineNumber);
                continue;
            }
            text.AddLine(trimmed, lineNumber, indent);
        }
        text.End();

        var fileTitle = Path.GetFileNameWithoutExtension(source.FileName);
        return new ParsedDocument(source.FileName, title ?? fileTitle, SourceFormat.Org, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title, Date = date, Author = author },
            References = outline.References,
        };
    }

    // "| Year | Country |" rows, a "|---+---|" rule under the header row.
    private static IEnumerable<(int Line, string Text)> TableRows(string[] lines, int first, int last)
    {
        var rows = new List<(int Line, List<string> Cells)>();
        var ruleAfterFirstRow = false;
        for (var i = first; i <= last; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("|-", StringComparison.Ordinal))
            {
                ruleAfterFirstRow |= rows.Count == 1;
                continue;
            }
            var cells = line.Trim('|').Split('|').Select(c => OrgInline.Plain(c)).ToList();
            if (cells.Any(c => c.Length > 0)) rows.Add((i + 1, cells));
        }
        var header = ruleAfterFirstRow ? rows[0].Cells : [];
        foreach (var (line, cells) in ruleAfterFirstRow ? rows.Skip(1) : rows)
            yield return (line, Markdown.TableRows.Join(cells, header));
    }

    // The to-do keywords: TODO and DONE, and those a "#+TODO:" line names ("#+TODO: NEXT WAIT(w) | DONE CANCELLED").
    private static HashSet<string> TodoKeywords(string[] lines)
    {
        var words = new HashSet<string>(StringComparer.Ordinal) { "TODO", "DONE" };
        foreach (var line in lines)
            if (Keyword().Match(line.Trim()) is { Success: true } k && k.Groups["name"].Value.ToUpperInvariant() is "TODO" or "SEQ_TODO" or "TYP_TODO")
                foreach (var word in k.Groups["value"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "|"))
                    words.Add(word.Split('(')[0]);
        return words;
    }

    private static int NextDrawerEnd(string[] lines, int from)
    {
        var end = Array.FindIndex(lines, from, l => l.Trim().Equals(":END:", StringComparison.OrdinalIgnoreCase));
        return end < 0 ? lines.Length : end;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>A paragraph or list item being read: its lines run on until a blank line, a new item, or (for an item)
    /// a line no deeper than its bullet. Its inline markup is read once it is whole, as links and emphasis may span lines.</summary>
    private sealed class RunningText(OutlineBlocks outline)
    {
        private readonly List<string> parts = [];
        private readonly List<int> itemIndents = [];
        private PassageKind kind;
        private int line, indent, depth;

        public void StartItem(int bulletIndent, string text, int lineNumber)
        {
            End();
            itemIndents.RemoveAll(i => i >= bulletIndent);
            (kind, line, indent, depth) = (PassageKind.ListItem, lineNumber, bulletIndent, itemIndents.Count);
            itemIndents.Add(bulletIndent);
            parts.Add(text);
        }

        public void AddLine(string text, int lineNumber, int lineIndent)
        {
            var continues = parts.Count > 0 && (kind == PassageKind.Paragraph || lineIndent > indent);
            if (!continues)
            {
                End();
                if (itemIndents.Count > 0 && lineIndent <= itemIndents[0]) itemIndents.Clear();
                (kind, line, indent, depth) = (PassageKind.Paragraph, lineNumber, lineIndent, 0);
            }
            parts.Add(text);
        }

        public void End()
        {
            if (parts.Count > 0) outline.AddText(kind, OrgInline.Plain(string.Join(' ', parts)), line, depth);
            parts.Clear();
        }

        /// <summary>A headline ends any list.</summary>
        public void EndSection()
        {
            End();
            itemIndents.Clear();
        }
    }

    [GeneratedRegex(@"^#\+(?<name>[A-Za-z_]+):[ \t]*(?<value>.*)$")]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^#\+BEGIN_(?<name>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^(?:DEADLINE|SCHEDULED|CLOSED):")]
    private static partial Regex Planning();

    [GeneratedRegex(@"^:[\w-]+:$")]
    private static partial Regex Drawer();

    [GeneratedRegex(@"^\[fn:[^\]\s]+\]\s*(?<text>.*)$")]
    private static partial Regex FootnoteDefinition();

    [GeneratedRegex(@"^\s*(?<bullet>[-+*]|\d+[.)]|[A-Za-z][.)](?=\s))\s+(?<text>.*)$")]
    private static partial Regex ListItem();
}
