using System.Text;
using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Formats.WikiText;

/// <summary>
/// Renders MediaWiki markup to the text a reader sees, line for line: templates are reduced or dropped
/// (<see cref="WikiTemplates"/>), <c>&lt;ref&gt;</c> and citation templates become references, infobox fields
/// become facts, <c>[[File:…]]</c> and <c>[[Category:…]]</c> vanish, <c>[[target|label]]</c> reads as its label.
/// Whatever spanned several lines leaves its line breaks at the end of the line it started on, so every later
/// line keeps its number. Brackets are paired once (<see cref="WikiBrackets"/>), so the whole pass is linear in the input.
/// </summary>
internal sealed class WikiMarkup
{
    private const int MaxDepth = 40;
    private readonly string text;
    private readonly WikiBrackets brackets;
    private readonly int[] lineStarts;
    private int nextRefClose = 0;
    private int nextCommentClose = 0;
    private string lineBreak = " "; // what a <br> leaves: a space in prose, a list separator in an infobox value

    public List<string> References { get; } = [];
    public List<DocumentFact> Facts { get; } = [];

    public WikiMarkup(string text)
    {
        this.text = text;
        brackets = new WikiBrackets(text);
        lineStarts = [0, .. text.Select((c, i) => (c, i)).Where(p => p.c == '\n').Select(p => p.i + 1)];
    }

    /// <summary>The rendered document, with exactly as many lines as the source.</summary>
    public string Render()
    {
        var output = new StringBuilder(text.Length);
        var owed = Render(0, text.Length, output, depth: 0);
        output.Append('\n', owed);
        return output.ToString();
    }

    /// <summary>Renders text[start..end) into output; returns the line breaks inside markup that were left out, still owed.</summary>
    private int Render(int start, int end, StringBuilder output, int depth)
    {
        var owed = 0;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\n')
            {
                output.Append('\n', owed + 1);
                owed = 0;
                i++;
                continue;
            }
            var skipped = i;
            if (brackets.TemplateEnd(i, end) is { } templateEnd)
            {
                if (depth < MaxDepth) WikiTemplates.Render(this, i + 2, templateEnd - 2, output, depth + 1);
                i = templateEnd;
            }
            else if (brackets.LinkEnd(i, end) is { } linkEnd)
            {
                if (depth < MaxDepth) Link(i + 2, linkEnd - 2, output, depth + 1);
                i = linkEnd;
            }
            else if (c == '[' && ExternalLink(i, end) is var (label, linkClose))
            {
                output.Append(label);
                i = linkClose;
            }
            else if (c == '<' && Tag(i, end, out var tagEnd, out var reference))
            {
                if (reference is { } content && depth < MaxDepth) AddReference(content.Start, content.End, depth + 1);
                if (IsLineBreak(i, tagEnd)) output.Append(lineBreak);
                i = tagEnd;
            }
            else if (c == '\'' && i + 1 < end && text[i + 1] == '\'')
            {
                while (i < end && text[i] == '\'') i++; // ''italic'' and '''bold''' marks
                continue;
            }
            else
            {
                output.Append(c);
                i++;
                continue;
            }
            owed += Newlines(skipped, i);
        }
        return owed;
    }

    /// <summary>The rendered words of text[start..end) on one line.</summary>
    public string Plain(int start, int end, int depth)
    {
        var output = new StringBuilder();
        Render(start, end, output, depth);
        return string.Join(' ', output.ToString().Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The rendered words of an infobox value, its lines (<c>&lt;br&gt;</c>) and bullets as a list: "A; B".</summary>
    public string List(int start, int end, int depth)
    {
        var outer = lineBreak;
        lineBreak = "; ";
        var value = Plain(start, end, depth);
        lineBreak = outer;
        value = WikiTemplates.Bullets(value.Trim(';', ' ')).Replace(" * ", "; ", StringComparison.Ordinal);
        return string.Join("; ", value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    public string Raw(int start, int end) => text[start..end];

    public int LineOf(int index)
    {
        var found = Array.BinarySearch(lineStarts, index);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    /// <summary>The top-level '|' positions between start and end (not those inside nested templates or links).</summary>
    public List<int> Pipes(int start, int end) => brackets.Pipes(start, end);

    public void AddReference(int start, int end, int depth)
    {
        var reference = Plain(start, end, depth);
        if (reference.Length > 0) References.Add(reference);
    }

    // [[File:…]] and [[Category:…]] vanish; [[target|label]] reads as its label, [[target]] as its target.
    private void Link(int start, int end, StringBuilder output, int depth)
    {
        var inner = text.AsSpan(start, end - start).TrimStart();
        var colon = inner.IndexOf(':');
        if (colon > 0 && IsHiddenNamespace(inner[..colon].ToString())) return;
        var pipes = Pipes(start, end);
        output.Append(Plain(pipes.Count > 0 ? pipes[^1] + 1 : start, end, depth));
    }

    private static bool IsHiddenNamespace(string name) =>
        name.Trim().ToLowerInvariant() is "file" or "image" or "category" or "media";

    // <ref>…</ref> is a reference; <ref … /> and <references /> go; other tags go and keep their content; <!-- --> goes.
    private bool Tag(int i, int end, out int tagEnd, out (int Start, int End)? reference)
    {
        reference = null;
        tagEnd = i;
        if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
        {
            if (nextCommentClose >= 0 && nextCommentClose < i) nextCommentClose = text.IndexOf("-->", i, StringComparison.Ordinal);
            tagEnd = nextCommentClose < 0 ? end : Math.Min(end, nextCommentClose + 3);
            return true;
        }
        var close = text.IndexOf('>', i, Math.Min(300, end - i));
        if (close < 0 || i + 1 >= end || !(char.IsLetter(text[i + 1]) || text[i + 1] == '/')) return false;
        tagEnd = close + 1;
        var name = text.AsSpan(i + 1, close - i - 1).TrimStart('/').ToString().Split(' ', '/', '>')[0].ToLowerInvariant();
        if (name != "ref" || text[close - 1] == '/' || text[i + 1] == '/') return true;
        if (nextRefClose >= 0 && nextRefClose < tagEnd) nextRefClose = text.IndexOf("</ref>", tagEnd, StringComparison.OrdinalIgnoreCase);
        if (nextRefClose < 0 || nextRefClose > end) return true;
        reference = (tagEnd, nextRefClose);
        tagEnd = nextRefClose + "</ref>".Length;
        return true;
    }

    // "[https://example.org Label]" reads "Label"; a bare "[https://example.org]" reads nothing.
    private (string Label, int End)? ExternalLink(int i, int end)
    {
        if (string.CompareOrdinal(text, i + 1, "http", 0, 4) != 0) return null;
        var close = text.IndexOf(']', i, Math.Min(1000, end - i));
        if (close < 0) return null;
        var space = text.IndexOf(' ', i, close - i);
        return (space < 0 ? "" : text[(space + 1)..close], close + 1);
    }

    private bool IsLineBreak(int start, int end) =>
        end - start >= 4 && text.AsSpan(start, end - start).Trim("</> ").Equals("br", StringComparison.OrdinalIgnoreCase);

    private int Newlines(int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++) if (text[i] == '\n') count++;
        return count;
    }
}
