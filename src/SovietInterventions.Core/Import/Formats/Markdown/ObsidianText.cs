using System.Text;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// Obsidian's marks in a line of text: <c>[[target|label]]</c> reads as its label, <c>[[target]]</c> as readable
/// words, <c>![[embed]]</c> goes, <c>#tags</c> leave the prose for the document's tags, a <c>==highlight==</c> reads as its
/// words, and a callout's <c>[!note]</c> marker goes. One pass over the text, no regular expressions.
/// </summary>
internal static class ObsidianText
{
    /// <summary>The text with wikilinks read and tags taken out (added to <paramref name="tags"/>).</summary>
    public static string Clean(string text, ICollection<string> tags)
    {
        text = WithoutCalloutMarker(text);
        var result = new StringBuilder(text.Length);
        var i = 0;
        var close = 0; // the next "]]", found once per link so that many unclosed "[[" stay linear
        var highlight = -1; // the closing "==" of the highlight being read ("==the clause cited==")
        while (i < text.Length)
        {
            if (text[i] == '=' && At(text, i, "==") && (highlight == i || highlight < i && (highlight = text.IndexOf("==", i + 2, StringComparison.Ordinal)) > i + 2))
            {
                i += 2;
                continue;
            }
            if (text[i] == '[' && At(text, i, "[[") && close >= 0)
            {
                if (close < i + 2) close = text.IndexOf("]]", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    result.Append(text[i++]);
                    continue;
                }
                var embed = result.Length > 0 && result[^1] == '!';
                if (embed) result.Length--;
                else result.Append(LinkText(text[(i + 2)..close]));
                i = close + 2;
                if (embed) TrimBeforePunctuation(result, text, i);
                continue;
            }
            if (text[i] == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(') && TagEnd(text, i + 1) is var end and > 0)
            {
                tags.Add(text[(i + 1)..end]);
                i = end;
                TrimBeforePunctuation(result, text, i);
                continue;
            }
            result.Append(text[i++]);
        }
        return string.Join(' ', result.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A link target as words: "../notes/1956-Hungarian_Revolution.md#Aftermath" reads "1956 Hungarian Revolution".</summary>
    public static string Readable(string target)
    {
        var hash = target.IndexOf('#');
        if (hash > 0) target = target[..hash];
        target = target.TrimEnd('/');
        target = target[(target.LastIndexOf('/') + 1)..];
        if (target.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) target = target[..^3];
        var words = new StringBuilder(target.Length);
        for (var i = 0; i < target.Length; i++)
        {
            var c = target[i];
            // "1956-Hungarian": a year joined to a name by a hyphen is two words; "Soviet–Afghan" keeps its dash.
            var yearHyphen = c == '-' && i > 0 && char.IsDigit(target[i - 1]) && i + 1 < target.Length && char.IsLetter(target[i + 1]);
            words.Append(c is '_' or '+' || yearHyphen ? ' ' : c);
        }
        return string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    // "stayed ![[map.png]]." reads "stayed.", not "stayed .".
    private static void TrimBeforePunctuation(StringBuilder result, string text, int next)
    {
        if (next >= text.Length || text[next] is not ('.' or ',' or ';' or ':' or '!' or '?')) return;
        while (result.Length > 0 && result[^1] == ' ') result.Length--;
    }

    private static string LinkText(string inner)
    {
        var pipe = inner.IndexOf('|');
        return pipe >= 0 ? inner[(pipe + 1)..].Trim() : Readable(inner.Trim());
    }

    // A tag is '#' and letters, digits, '_', '-' or '/', not all digits ("#1" is a number, not a tag).
    private static int TagEnd(string text, int start)
    {
        var end = start;
        var letter = false;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '-' or '/'))
        {
            letter |= !char.IsDigit(text[end]);
            end++;
        }
        return letter ? end : -1;
    }

    // "[!note] Title" or "[!warning]- Title": the marker goes, the title stays.
    private static string WithoutCalloutMarker(string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith("[!", StringComparison.Ordinal)) return text;
        var close = trimmed.IndexOf(']');
        if (close < 0) return text;
        var rest = trimmed[(close + 1)..];
        return rest.TrimStart('+', '-').TrimStart();
    }

    private static bool At(string text, int index, string what) => string.CompareOrdinal(text, index, what, 0, what.Length) == 0;
}
