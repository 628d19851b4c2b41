using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.Rst;

/// <summary>
/// reStructuredText's inline markup as plain words: footnote and citation marks ("[#]_", "[1]_", "[#gati]_") and
/// substitutions ("|copy|") go; "`text &lt;url&gt;`_", "`text`_", ":role:`text`", "``literal``", "**strong**" and
/// "*emphasis*" read their text; "name_" reads "name"; "\*" reads "*".
/// </summary>
internal static partial class RstInline
{
    public static string Plain(string text)
    {
        text = FootnoteMark().Replace(text, "");
        text = Substitution().Replace(text, "");
        text = Literal().Replace(text, "${text}");
        text = Role().Replace(text, m => Label(m.Groups["text"].Value));
        text = Interpreted().Replace(text, m => Label(m.Groups["text"].Value));
        text = Strong().Replace(text, "${text}");
        text = Emphasis().Replace(text, "${text}");
        text = NamedReference().Replace(text, "${name}");
        text = Escape().Replace(text, "${char}");
        return Spaces().Replace(text, " ").Trim();
    }

    // "text <https://…>" or "label <target>" reads its text; a bare target reads itself.
    private static string Label(string text) =>
        Target().Match(text) is { Success: true } m && m.Groups["label"].Value.Trim().Length > 0 ? m.Groups["label"].Value.Trim() : text;

    [GeneratedRegex(@"\s*\[(?:#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\]_")]
    private static partial Regex FootnoteMark();

    [GeneratedRegex(@"\|[^|\s][^|\n]*\|_{0,2}")]
    private static partial Regex Substitution();

    [GeneratedRegex(@":[\w.+-]+:`(?<text>[^`\n]+)`|`(?<text>[^`\n]+)`:[\w.+-]+:")]
    private static partial Regex Role();

    [GeneratedRegex(@"``(?<text>[^`\n]+)``")]
    private static partial Regex Literal();

    // "`text`_" (a reference) or "`text`" (the default role).
    [GeneratedRegex(@"`(?<text>[^`\n]+)`_{0,2}")]
    private static partial Regex Interpreted();

    [GeneratedRegex(@"^(?<label>.*?)\s*<(?<target>[^<>]+)>$")]
    private static partial Regex Target();

    // Emphasised words are bounded, so a long line of stars stays linear.
    [GeneratedRegex(@"(?<=^|[\s(\[{'""-])\*\*(?<text>\S(?:[^\n]{0,300}?\S)?)\*\*(?=$|[\s.,;:!?)\]}'""-])")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<=^|[\s(\[{'""-])\*(?<text>[^\s*](?:[^*\n]{0,300}?[^\s*])?)\*(?=$|[\s.,;:!?)\]}'""-])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?<name>\b[\w-]*[A-Za-z0-9])__?(?=$|[\s.,;:!?)\]}'""])")]
    private static partial Regex NamedReference();

    [GeneratedRegex(@"\\(?<char>[^\s])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
