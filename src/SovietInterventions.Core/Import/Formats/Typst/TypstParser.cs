using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Typst;

/// <summary>
/// Reads a Typst document (https://typst.app/docs/reference/syntax/): "=" to "======" open headings of that level, a paragraph's
/// lines are joined up to a blank line, "-" and "+" open list items and "/ Term:" a term's description. Code is no prose:
/// "#set", "#show", "#let", "#import" and "#include" rules, comments, labels ("&lt;sec:iran&gt;") and "@key" citations are dropped.
/// A call's content ("#emph[…]", "#aside[…]") is read as words; "#footnote[…]" and margin or to-do notes are the document's
/// references, as footnotes are in other formats; a table ("#table(…)", in a "#figure" or not) gives one passage per row under
/// its header row, its figure's caption a caption. "#set document(title: …, author: …)" is the metadata.
/// </summary>
internal static partial class TypstParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".typ"];

    /// <summary>A ".typ" file (5), or a document with a "#set" or "#show" rule or a "#import" at a line's start and a Typst heading
    /// ("= Title", which wikitext would close with "=") (5).</summary>
    public static int Likeness(DocumentShape shape) =>
        shape.HasExtension(Extensions)
        || shape.Lines.Any(l => Rule().IsMatch(l)) && shape.Lines.Any(l => Heading().Match(l) is { Success: true } h && !h.Value.TrimEnd().EndsWith('=')) ? 5 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var reader = new TypstText(source.FileName, TypstComments.Blank(source.Text.Replace("\r", "")));
        reader.Read();
        foreach (var note in reader.Notes) reader.Outline.AddReference(note);
        var title = reader.Title ?? reader.Outline.Blocks.FirstOrDefault(b => b.Kind == PassageKind.Heading && b.Depth == 1)?.Text
            ?? Path.GetFileNameWithoutExtension(source.FileName);
        return new ParsedDocument(source.FileName, title, SourceFormat.Typst, reader.Outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title, Author = reader.Author, Date = reader.Date },
            References = reader.Outline.References,
        };
    }

    [GeneratedRegex(@"^#(?:set|show|import)\s")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^={1,6}\s+\S")]
    private static partial Regex Heading();
}

/// <summary>Typst's comments, blanked where they stand (their line breaks kept, so every line keeps its number).</summary>
internal static class TypstComments
{
    /// <summary>"// …" to the line's end and "/* … */" (nested, as Typst allows) become spaces; "//" after a colon is a URL's
    /// ("https://"), no comment.</summary>
    public static string Blank(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            if (chars[i] == '\\')
            {
                i++;
                continue;
            }
            if (chars[i] == '/' && chars[i + 1] == '/' && (i == 0 || chars[i - 1] != ':'))
            {
                for (; i < chars.Length && chars[i] != '\n'; i++) chars[i] = ' ';
            }
            else if (chars[i] == '/' && chars[i + 1] == '*')
            {
                var depth = 0;
                for (; i < chars.Length; i++)
                {
                    if (chars[i] == '/' && i + 1 < chars.Length && chars[i + 1] == '*') depth++;
                    else if (chars[i] == '*' && i + 1 < chars.Length && chars[i + 1] == '/' && --depth == 0)
                    {
                        chars[i] = chars[i + 1] = ' ';
                        i++;
                        break;
                    }
                    if (chars[i] != '\n') chars[i] = ' ';
                }
            }
        }
        return new string(chars);
    }
}

/// <summary>The blocks, notes and metadata of one Typst document, read from its text with the comments blanked.</summary>
internal sealed partial class TypstText(string fileName, string text)
{
    // Real documents nest calls a handful deep; deeper is hostile input, refused before a recursion runs out of stack.
    private const int MaxDepth = 64;

    // Rules and bindings: code, never prose.
    private static readonly HashSet<string> Keywords = ["set", "show", "let", "import", "include", "if", "else", "for", "while", "return", "context", "break", "continue"];
    // What a writer notes for themself or the reader beside the text: the document's references, as a footnote is.
    private static readonly HashSet<string> NoteCalls = ["footnote", "margin-note", "note", "todo", "sidenote", "marginnote", "comment"];
    // Calls that place, space or number things and print no words of the text.
    private static readonly HashSet<string> Furniture =
        ["pagebreak", "colbreak", "v", "h", "bibliography", "outline", "image", "line", "rect", "circle", "counter", "state", "metadata",
         "cite", "ref", "label", "numbering", "datetime", "lorem", "hide", "place", "math"];

    private readonly int[] lineStarts = LineStarts(text);

    public OutlineBlocks Outline { get; } = new();
    public List<string> Notes { get; } = [];
    public string? Title { get; private set; }
    public string? Author { get; private set; }
    public string? Date { get; private set; }

    private sealed record Call(string Name, List<(char Open, int Start, int End)> Arguments, int End);

    public void Read()
    {
        var at = 0;
        while (at < text.Length)
        {
            var lineEnd = LineEnd(at);
            var line = text[at..lineEnd];
            var trimmed = line.TrimStart();
            var start = at + (line.Length - trimmed.Length);
            if (trimmed.Trim().Length == 0)
            {
                at = lineEnd + 1;
                continue;
            }
            if (HeadingLine().Match(trimmed) is { Success: true } heading)
            {
                var level = heading.Groups["marks"].Value.Length;
                Outline.AddHeading(Inline(start + heading.Groups["text"].Index, lineEnd, 0), level, Line(start));
                at = lineEnd + 1;
            }
            else if (trimmed[0] == '#' && CallAt(start, text.Length, 0) is { } call && IsBlock(call))
            {
                Block(call, start, 0);
                at = call.End;
            }
            else if (ListMarker().Match(trimmed) is { Success: true } marker)
                at = ListItem(start, start + marker.Length, (start - LineStartOf(start)) / 2, trimmed[0] == '/');
            else at = Paragraph(start);
        }
    }

    // A call that stands alone on its lines ("#figure(…)", "#set page(…)", "#aside[…]" with nothing after it but a label).
    private bool IsBlock(Call call) =>
        Keywords.Contains(call.Name) || LabelOrSpace().IsMatch(text[call.End..LineEnd(call.End)]);

    private void Block(Call call, int start, int depth)
    {
        if (call.Name == "set" && text[start..call.End].Contains("document(", StringComparison.Ordinal)) ReadDocumentSettings(text[start..call.End]);
        if (Keywords.Contains(call.Name) || Furniture.Contains(call.Name)) return;
        if (NoteCalls.Contains(call.Name))
        {
            Note(call, depth);
            return;
        }
        if (call.Name is "figure" or "table")
        {
            Figure(call, depth);
            return;
        }
        // "#aside[…]", "#epigraph(attribution: […])[…]": the content is words of the text; the arguments are the call's settings.
        var words = string.Join(" ", call.Arguments.Where(a => a.Open == '[').Select(a => Inline(a.Start, a.End, depth + 1)));
        Outline.AddText(PassageKind.Paragraph, words, Line(start));
    }

    // "#figure(table(…), caption: […])": the table's rows, then its caption; "#table(…)" alone gives its rows.
    private void Figure(Call call, int depth)
    {
        Guard(call.End, depth);
        foreach (var argument in call.Arguments.Where(a => a.Open == '('))
        {
            foreach (var (item, itemStart) in Items(argument.Start, argument.End))
            {
                var value = item.TrimStart();
                var offset = itemStart + (item.Length - value.Length);
                if (call.Name == "figure" && NamedArgument().Match(value) is { Success: true } named)
                {
                    var content = text.IndexOf('[', offset + named.Length, argument.End - offset - named.Length);
                    if (named.Groups["name"].Value == "caption" && content >= 0 && CallAt(content, argument.End, depth, bare: true) is { } caption)
                        Outline.AddText(PassageKind.Caption, ContentOf(caption, depth + 1), Line(offset));
                }
                else if (call.Name == "figure" && value.StartsWith("table(", StringComparison.Ordinal) && CallAt(offset, argument.End, depth, bare: true) is { } table)
                    Figure(table, depth + 1);
            }
            if (call.Name == "table") Table(argument, depth + 1);
        }
    }

    // A table's arguments: "columns:" tells how many cells make a row; "[…]" are cells in reading order; "table.header(…)" (or a
    // first row whose cells are all bold) names the columns. Each other row reads as its cells under those names (TableCells).
    private void Table((char Open, int Start, int End) arguments, int depth)
    {
        Guard(arguments.Start, depth);
        int? columns = null;
        List<string> header = [];
        var cells = new List<(string Text, bool Bold, int Line)>();
        foreach (var (item, itemStart) in Items(arguments.Start, arguments.End))
        {
            var value = item.Trim();
            var offset = itemStart + (item.Length - item.TrimStart().Length);
            if (value.Length == 0) continue;
            if (NamedArgument().Match(value) is { Success: true } named && !value.StartsWith('['))
            {
                if (named.Groups["name"].Value == "columns") columns = ColumnCount(value[named.Length..].Trim());
            }
            else if (value.StartsWith('[') || value.StartsWith("table.cell", StringComparison.Ordinal))
            {
                if (CallAt(offset, arguments.End, depth, bare: true) is { Arguments.Count: > 0 } cell)
                    cells.Add((ContentOf(cell, depth + 1), Bold().IsMatch(text[cell.Arguments[^1].Start..cell.Arguments[^1].End]), Line(offset)));
            }
            else if (value.StartsWith("table.header", StringComparison.Ordinal) && CallAt(offset, arguments.End, depth, bare: true) is { } head)
                header = head.Arguments.Where(a => a.Open == '(').SelectMany(a => Items(a.Start, a.End))
                    .Select(h => CallAt(h.Start + (h.Text.Length - h.Text.TrimStart().Length), arguments.End, depth + 1, bare: true))
                    .Where(c => c is not null).Select(c => ContentOf(c!, depth + 1)).ToList();
        }
        var width = Math.Max(1, columns ?? (header.Count > 0 ? header.Count : 1));
        var rows = cells.Chunk(width).ToList();
        if (header.Count == 0 && rows.Count > 1 && rows[0].All(c => c.Bold))
        {
            header = rows[0].Select(c => c.Text).ToList();
            rows.RemoveAt(0);
        }
        foreach (var row in rows)
            if (row.Any(c => c.Text.Length > 0))
                Outline.AddText(PassageKind.Paragraph, TableCells.Row(row.Select(c => c.Text).ToList(), header), row[0].Line);
    }

    private static int? ColumnCount(string value)
    {
        if (int.TryParse(value, out var count)) return count;
        if (!value.StartsWith('(') || !value.EndsWith(')')) return null;
        var inner = value[1..^1];
        var depth = 0;
        var items = 1;
        foreach (var c in inner)
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            else if (c == ',' && depth == 0) items++;
        return inner.TrimEnd().EndsWith(',') ? items - 1 : items;
    }

    // "#set document(title: "…", author: "…", date: datetime(year: 2025, month: 4, day: 27))": the document's own metadata.
    private void ReadDocumentSettings(string rule)
    {
        foreach (Match setting in SettingText().Matches(rule))
            if (setting.Groups["name"].Value == "title") Title ??= setting.Groups["value"].Value;
            else if (setting.Groups["name"].Value == "author") Author ??= setting.Groups["value"].Value;
        if (DateSetting().Match(rule) is { Success: true } date)
            Date = $"{date.Groups["y"].Value}-{date.Groups["m"].Value.PadLeft(2, '0')}-{date.Groups["d"].Value.PadLeft(2, '0')}";
    }

    private void Note(Call call, int depth)
    {
        var words = ContentOf(call, depth + 1);
        if (words.Length > 0) Notes.Add(words);
    }

    // The words of a call's content blocks ("[…]"), or of a string argument ("table.cell(…)[…]", "[*Date*]").
    private string ContentOf(Call call, int depth) =>
        string.Join(" ", call.Arguments.Where(a => a.Open == '[').Select(a => Inline(a.Start, a.End, depth))).Trim();

    // A list item ("- ", "+ ", "/ Term: description") and the lines indented below it.
    private int ListItem(int start, int textStart, int indent, bool term)
    {
        var end = LineEnd(start);
        while (end + 1 < text.Length)
        {
            var next = LineEnd(end + 1);
            var line = text[(end + 1)..next];
            if (line.Trim().Length == 0 || !char.IsWhiteSpace(line[0]) || ListMarker().IsMatch(line.TrimStart())) break;
            end = next;
        }
        end = CallsEnd(textStart, end);
        var words = Inline(textStart, end, 0);
        if (term && words.IndexOf(':', StringComparison.Ordinal) is var colon and > 0) words = $"{words[..colon].Trim()}: {words[(colon + 1)..].Trim()}";
        Outline.AddText(PassageKind.ListItem, words, Line(start), indent);
        return end + 1;
    }

    // A paragraph: its lines up to a blank line or a line that opens a heading, a list item or a block call; a call inside it
    // ("#footnote[…]") may run over several lines, blank ones too.
    private int Paragraph(int start)
    {
        var at = start;
        while (true)
        {
            var end = CallsEnd(at, LineEnd(at));
            if (end + 1 >= text.Length) return Finish(start, text.Length);
            var nextEnd = LineEnd(end + 1);
            var next = text[(end + 1)..nextEnd].TrimStart();
            var nextStart = nextEnd - next.Length;
            if (next.Trim().Length == 0 || HeadingLine().IsMatch(next) || ListMarker().IsMatch(next)
                || next[0] == '#' && CallAt(nextStart, text.Length, 0) is { } call && IsBlock(call))
                return Finish(start, end);
            at = end + 1;
        }
    }

    private int Finish(int start, int end)
    {
        Outline.AddText(PassageKind.Paragraph, Inline(start, end, 0), Line(start));
        return end + 1;
    }

    // The end of the line at <paramref name="lineEnd"/>, or of the last line a call opened on it runs to.
    private int CallsEnd(int from, int lineEnd)
    {
        for (var i = from; i < lineEnd; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '#' && CallAt(i, text.Length, 0) is { } call && call.End > lineEnd)
            {
                lineEnd = LineEnd(call.End);
                i = call.End - 1;
            }
        }
        return lineEnd;
    }

    /// <summary>The words of markup between two offsets: calls read or dropped, emphasis marks, labels and citations taken off.</summary>
    private string Inline(int start, int end, int depth)
    {
        Guard(start, depth);
        var words = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var previous = i > start ? text[i - 1] : ' ';
            if (c == '\\' && i + 1 < end)
            {
                words.Append(char.IsWhiteSpace(text[i + 1]) ? ' ' : text[i + 1]);
                i++;
            }
            else if (c == '#' && CallAt(i, end, depth) is { } call)
            {
                if (NoteCalls.Contains(call.Name)) Note(call, depth);
                else if (call.Name is "h" or "linebreak") words.Append(' ');
                else if (!Keywords.Contains(call.Name) && !Furniture.Contains(call.Name)) words.Append(ContentOf(call, depth + 1));
                i = call.End - 1;
            }
            // "@atwood2004", "@ch:south[p. 7]": a citation or cross-reference prints a number or a name in a style; no word of the text.
            else if (c == '@' && !char.IsLetterOrDigit(previous) && Reference().Match(text, i, end - i) is { Success: true } reference)
            {
                i += reference.Length - 1;
                if (i + 1 < end && text[i + 1] == '[' && CallAt(i + 1, end, depth, bare: true) is { } supplement) i = supplement.End - 1;
            }
            else if (c == '<' && Label().Match(text, i, end - i) is { Success: true } label) i += label.Length - 1;
            else if (c is '*' or '_' && (!char.IsLetterOrDigit(previous) || i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]))) continue;
            else if (c is '`' or '$')
            {
                var close = text.IndexOf(c, i + 1);
                if (close < 0 || close >= end) close = end;
                if (c == '`') words.Append(text, i + 1, close - i - 1);
                i = close;
            }
            // "---" and "--" are Typst's em and en dashes; "-?" a soft hyphen.
            else if (c == '-' && i + 2 < end && text[i + 1] == '-' && text[i + 2] == '-')
            {
                words.Append('—');
                i += 2;
            }
            else if (c == '-' && i + 1 < end && text[i + 1] is '-' or '?')
            {
                if (text[i + 1] == '-') words.Append('–');
                i++;
            }
            else if (c == '~') words.Append(' ');
            else words.Append(c);
        }
        return Spaces().Replace(words.ToString(), " ").Trim();
    }

    /// <summary>The call at <paramref name="at"/> ("#name" with its "(…)", "[…]" and "{…}" arguments, or a keyword's rule to its
    /// line's end), or null when no call is there. With <paramref name="bare"/> the call needs no "#" ("table(…)" in code, "[…]").</summary>
    private Call? CallAt(int at, int end, int depth, bool bare = false)
    {
        Guard(at, depth);
        if (!bare && text[at] != '#') return null;
        var i = bare ? at : at + 1;
        var name = Identifier().Match(text, i, end - i);
        if (!name.Success && !(bare && i < end && text[i] == '[')) return null;
        var callName = name.Success ? name.Value : "";
        i += name.Length;
        var arguments = new List<(char, int, int)>();
        if (Keywords.Contains(callName))
        {
            // A rule runs to its line's end, over any brackets it opens.
            for (; i < end && text[i] != '\n'; i++)
                if (text[i] is '(' or '[' or '{') i = Close(i, end) - 1;
            return new Call(callName, arguments, i);
        }
        while (i < end && text[i] is '(' or '[' or '{')
        {
            var close = Close(i, end);
            arguments.Add((text[i], i + 1, close - 1));
            i = close;
        }
        return new Call(callName, arguments, i);
    }

    // The offset after the bracket that closes the one at <paramref name="open"/>: in code ("(", "{") strings are skipped and all
    // brackets count; in content ("[") only square ones do. An unclosed bracket is an error naming its line.
    private int Close(int open, int end)
    {
        var code = text[open] != '[';
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
                continue;
            }
            if (code && c == '"')
            {
                for (i++; i < end && text[i] != '"'; i++)
                    if (text[i] == '\\') i++;
                continue;
            }
            if (c == '[' || code && c is '(' or '{') depth++;
            else if ((c == ']' || code && c is ')' or '}') && --depth == 0) return i + 1;
        }
        throw new ImportException(fileName, Line(open), $"the '{text[open]}' opened here is never closed.");
    }

    // The comma-separated items of a call's arguments, each with its offset.
    private IEnumerable<(string Text, int Start)> Items(int start, int end)
    {
        var itemStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is '(' or '[' or '{') i = Close(i, end) - 1;
            else if (text[i] == '"')
            {
                for (i++; i < end && text[i] != '"'; i++)
                    if (text[i] == '\\') i++;
            }
            else if (text[i] == ',')
            {
                yield return (text[itemStart..i], itemStart);
                itemStart = i + 1;
            }
        }
        if (text[itemStart..end].Trim().Length > 0) yield return (text[itemStart..end], itemStart);
    }

    private void Guard(int at, int depth)
    {
        if (depth > MaxDepth) throw new ImportException(fileName, Line(at), $"calls nested more than {MaxDepth} deep.");
    }

    private int LineEnd(int at)
    {
        var end = text.IndexOf('\n', Math.Min(at, text.Length));
        return end < 0 ? text.Length : end;
    }

    private int LineStartOf(int at) => at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;

    private int Line(int at)
    {
        var index = Array.BinarySearch(lineStarts, Math.Max(0, at));
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        return [.. starts];
    }

    [GeneratedRegex(@"^(?<marks>={1,6})\s+(?<text>.*)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^(?:[-+]|/(?=\s+[^:\n]+:))\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\G[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*(?<![-.])")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\G@[\w][\w:.-]*(?<![.:-])")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\G<[\w][\w:.-]*>")]
    private static partial Regex Label();

    [GeneratedRegex(@"^\s*(?:<[\w][\w:.-]*>\s*)?$")]
    private static partial Regex LabelOrSpace();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][\w-]*)\s*:")]
    private static partial Regex NamedArgument();

    [GeneratedRegex(@"^\s*\*[^*]+\*\s*$")]
    private static partial Regex Bold();

    [GeneratedRegex(@"\b(?<name>title|author)\s*:\s*(?:""(?<value>[^""]*)""|\[(?<value>[^\]]*)\])")]
    private static partial Regex SettingText();

    [GeneratedRegex(@"datetime\(\s*year:\s*(?<y>\d{4})\s*,\s*month:\s*(?<m>\d{1,2})\s*,\s*day:\s*(?<d>\d{1,2})")]
    private static partial Regex DateSetting();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
