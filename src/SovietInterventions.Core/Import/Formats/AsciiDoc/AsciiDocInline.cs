using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.AsciiDoc;

/// <summary>
/// AsciiDoc inline markup read as its words: "*bold*", "_italic_" and "`code`" read their text, "link:url[label]" and
/// "https://…[label]" their label, "&lt;&lt;id,label&gt;&gt;" its label; "footnote:[…]" is taken out as a reference.
/// </summary>
internal static partial class AsciiDocInline
{
    public static string Plain(string text, Action<string> reference)
    {
        text = Footnote().Replace(text, m =>
        {
            var note = Plain(m.Groups["text"].Value, reference);
            if (note.Length > 0) reference(note);
            return "";
        });
        text = Link().Replace(text, m => m.Groups["label"].Value.Length > 0 ? m.Groups["label"].Value : m.Groups["url"].Value);
        text = CrossReference().Replace(text, m => m.Groups["label"].Success ? m.Groups["label"].Value : m.Groups["id"].Value);
        text = Anchor().Replace(text, "");
        text = Strong().Replace(text, "${text}");
        text = Emphasis().Replace(text, "${text}");
        text = Code().Replace(text, "${text}");
        if (text.EndsWith(" +", StringComparison.Ordinal)) text = text[..^2]; // a hard line break
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"footnote:(?:[\w-]*)\[(?<text>(?:[^\[\]]|\[[^\]]*\])*)\]")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"(?:link:(?<url>[^\s\[]+)|(?<url>https?://[^\s\[]+))\[(?<label>[^\]]*)\]")]
    private static partial Regex Link();

    [GeneratedRegex(@"<<(?<id>[^,>]+)(?:,\s*(?<label>[^>]+))?>>")]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"\[\[[^\]]*\]\]|\[#[\w-]+\]")]
    private static partial Regex Anchor();

    [GeneratedRegex(@"\*{1,2}(?<text>[^*\s](?:[^*]*[^*\s])?)\*{1,2}")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\p{L}\d])_{1,2}(?<text>[^_\s](?:[^_]*[^_\s])?)_{1,2}(?![\p{L}\d])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`+(?<text>[^`]+)`+")]
    private static partial Regex Code();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
