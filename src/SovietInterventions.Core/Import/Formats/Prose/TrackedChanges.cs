using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.Prose;

/// <summary>
/// A draft exported with its revisions showing, in any format: the changes are accepted and the reviewers' comments left
/// out, as the author's next draft would read. Word's plain-text marks ("[deleted: October] [inserted: mid-October] 1929",
/// "[Comment R. Osei: cite Bawden?]", "[Reply H. Marchetti: changed.]") and CriticMarkup ("{--October--}{++mid-October++}", "{~~1924~>1925~~}",
/// "{&gt;&gt;cite Bawden?&lt;&lt;}", "{==highlighted==}"). A mark keeps the lines it spanned, so line numbers still point
/// into the file.
/// </summary>
internal static partial class TrackedChanges
{
    public static string Accept(string text) =>
        // A text with no bracket or brace holds no mark.
        text.IndexOfAny(['[', '{']) < 0 ? text
            : Mark().Replace(text, mark => Accepted(text, mark));

    private static string Accepted(string text, Match mark)
    {
        var kept = (mark.Groups["inserted"].Success ? mark.Groups["inserted"].Value
            : mark.Groups["highlighted"].Success ? mark.Groups["highlighted"].Value
            : "").Trim(' ', '\t');
        var lines = new string('\n', mark.Value.Count(c => c == '\n') - kept.Count(c => c == '\n'));
        if (kept.Length > 0) return mark.Groups["before"].Value + kept + mark.Groups["after"].Value + lines;
        // A mark removed from between two words leaves one space ("and [deleted: x] then" reads "and then"); at a line's start or
        // end, or before a full stop or comma, none.
        var before = mark.Index > 0 ? text[mark.Index - 1] : '\n';
        var after = mark.Index + mark.Length < text.Length ? text[mark.Index + mark.Length] : '\n';
        var between = mark.Groups["before"].Length + mark.Groups["after"].Length > 0
            && !char.IsWhiteSpace(before) && !char.IsWhiteSpace(after) && !ClosingPunctuation.Contains(after);
        return (between ? " " : "") + lines;
    }

    private const string ClosingPunctuation = ".,;:!?)]}";

    // A mark is at most 4 000 characters long and never holds its own brackets or braces, so each possible start is read at most
    // to the next bracket or brace: an unclosed mark, or thousands of them, cost a bounded, linear look ahead. Word's comments
    // name their author before a colon ("[Comment R. Osei: …]"), and are no link ("[Reply](…)"); Google Docs escapes the brackets.
    [GeneratedRegex("""
        (?<before>[ \t]?)
        (?:\\?\[deleted:[^\[\]]{0,4000}?\\?\]
          |\\?\[inserted:[ \t]*(?<inserted>[^\[\]]{0,4000}?)[ \t]*\\?\]
          |\\?\[(?-i:Comment|Reply)\b[^\[\]:\n]{0,80}:[^\[\]]{0,4000}?\\?\](?!\()
          |\{--[^{}]{0,4000}--\}
          |\{\+\+(?<inserted>[^{}]{0,4000}?)\+\+\}
          |\{~~[^{}~]{0,4000}~>(?<inserted>[^{}~]{0,4000})~~\}
          |\{>>[^{}]{0,4000}<<\}
          |\{==(?<highlighted>[^{}]{0,4000}?)==\})
        (?<after>[ \t]?)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Mark();
}
