using System.Text;

namespace SovietInterventions.Core.Import.Formats.Html;

/// <summary>
/// Bounds how deeply a page's tags nest before the HTML parser sees them. Parsing a page nested many thousands of
/// levels deep costs time quadratic in its depth, so a start tag deeper than <see cref="MaxDepth"/> (and the end tag
/// that closes it) is blanked out: its text stays, in the element around it, and every line keeps its number.
/// The count is a cheap linear scan, not the HTML parser: elements whose end tag may be left out (p, li, td …) are
/// not counted, and an end tag closes the nearest open element of its name.
/// </summary>
internal static class HtmlNesting
{
    public const int MaxDepth = 200;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
    };

    // Closed by the next element of their kind (or their parent's end), so they never pile up in a real page.
    private static readonly HashSet<string> OptionalEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp", "rtc",
    };

    // Their content is text, not tags, up to their end tag.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    /// <summary>The text with tags past <see cref="MaxDepth"/> blanked, and how many were (the same text when none was).</summary>
    public static (string Text, int Blanked) Bound(string text)
    {
        var open = new List<string>();
        var excess = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        StringBuilder? blanked = null;
        var count = 0;
        var i = 0;
        while ((i = text.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                i = End(text, text.IndexOf("-->", i + 4, StringComparison.Ordinal), 3);
                continue;
            }
            var closing = i + 1 < text.Length && text[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] == '-')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(text[nameStart]))
            {
                i = text[Math.Min(i + 1, text.Length - 1)] is '!' or '?' ? End(text, text.IndexOf('>', i), 1) : i + 1;
                continue;
            }
            var tagEnd = TagEnd(text, nameEnd);
            var name = text[nameStart..nameEnd];
            if (closing)
            {
                if (excess.TryGetValue(name, out var deeper) && deeper > 0)
                {
                    excess[name] = deeper - 1;
                    Blank(ref blanked, text, i, tagEnd);
                    count++;
                }
                else if (open.FindLastIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase)) is var at and >= 0)
                    open.RemoveRange(at, open.Count - at);
            }
            else if (RawText.Contains(name))
            {
                var close = text.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                tagEnd = close < 0 ? text.Length : close;
            }
            else if (!Void.Contains(name) && !OptionalEnd.Contains(name) && !SelfClosing(text, tagEnd))
            {
                if (open.Count < MaxDepth) open.Add(name);
                else
                {
                    excess[name] = excess.GetValueOrDefault(name) + 1;
                    Blank(ref blanked, text, i, tagEnd);
                    count++;
                }
            }
            i = tagEnd;
        }
        return (blanked?.ToString() ?? text, count);
    }

    // Just past a tag's '>', skipping '>' inside quoted attribute values; the end of the text when it never closes.
    private static int TagEnd(string text, int from)
    {
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null) { if (c == quote) quote = null; }
            else if (c is '"' or '\'' && i > 0 && text[i - 1] == '=') quote = c;
            else if (c == '>') return i + 1;
        }
        return text.Length;
    }

    private static bool SelfClosing(string text, int tagEnd) => tagEnd >= 2 && text[tagEnd - 1] == '>' && text[tagEnd - 2] == '/';

    private static int End(string text, int found, int length) => found < 0 ? text.Length : found + length;

    // Spaces for the tag's characters, newlines kept so that every line keeps its number.
    private static void Blank(ref StringBuilder? blanked, string text, int from, int to)
    {
        blanked ??= new StringBuilder(text);
        for (var i = from; i < to; i++)
            if (blanked[i] != '\n') blanked[i] = ' ';
    }
}
