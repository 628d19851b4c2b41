using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.Org;

/// <summary>
/// Org's inline markup as plain words: "[[target][label]]" reads its label, "[[target]]" its target (a file link
/// nothing), timestamps ("&lt;2024-10-07 Mon&gt;", "[2024-10-09 Wed 11:20]") and footnote marks ("[fn:1]") go, and
/// emphasis marks ("*bold*", "/italic/", "=code=", "~verbatim~", "+struck+", "_underlined_") are dropped.
/// </summary>
internal static partial class OrgInline
{
    public static string Plain(string text)
    {
        text = LabelledLink().Replace(text, m => m.Groups["label"].Value);
        text = BareLink().Replace(text, m => IsFileLink(m.Groups["target"].Value) ? "" : m.Groups["target"].Value);
        text = Timestamp().Replace(text, "");
        text = FootnoteMark().Replace(text, "");
        text = Emphasis().Replace(text, "${body}");
        text = Spaces().Replace(text, " ").Trim();
        // A timestamp gone leaves "workshop :" or a bare leading colon.
        return SpaceBeforePunctuation().Replace(text, "$1").TrimStart(':', ' ');
    }

    private static bool IsFileLink(string target) =>
        target.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || target.StartsWith("attachment:", StringComparison.OrdinalIgnoreCase);

    /// <summary>An active or inactive timestamp, or a range of two: "&lt;2024-10-07 Mon 10:00&gt;", "[2024-10-09 Wed]--[2024-10-10 Thu]".</summary>
    [GeneratedRegex(@"[<\[]\d{4}-\d{2}-\d{2}(?: [^\]>\n]*)?[>\]](?:--[<\[]\d{4}-\d{2}-\d{2}(?: [^\]>\n]*)?[>\]])?")]
    public static partial Regex Timestamp();

    [GeneratedRegex(@"\[\[(?<target>[^\]\n]*)\]\[(?<label>[^\]\n]*)\]\]")]
    private static partial Regex LabelledLink();

    [GeneratedRegex(@"\[\[(?<target>[^\]\n]*)\]\]")]
    private static partial Regex BareLink();

    [GeneratedRegex(@"\[fn:[^\]\s]*\]")]
    private static partial Regex FootnoteMark();

    // Org's rule: the marks sit after a space or an opening bracket or quote, and before a space or punctuation; the
    // emphasised words are bounded, as Org bounds them to a few lines, so a long line of marks stays linear.
    [GeneratedRegex(@"(?<=^|[\s(\[{'""])(?<mark>[*/=~+_])(?<body>[^\s*/=~+_](?:[^\n]{0,300}?[^\s])?)\k<mark>(?=$|[\s.,;:!?)\]}'""-])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([:;,.!?)])")]
    private static partial Regex SpaceBeforePunctuation();
}
