using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// Hugo's shortcodes in a Markdown body: <c>{{&lt; youtube id &gt;}}</c>, <c>{{% notice %}} … {{% /notice %}}</c>,
/// <c>{{&lt; ref "x.md" &gt;}}</c>. The markup is never prose: a paired shortcode's inner text stays as text, and a
/// figure becomes the Markdown image it stands for, so that its caption is read as an image's caption is. Hugo itself
/// replaces shortcodes before it reads the Markdown, and so do we; every line keeps its number.
/// </summary>
internal static partial class Shortcodes
{
    public static string Replaced(string text) =>
        text.Contains("{{", StringComparison.Ordinal) ? Shortcode().Replace(text, m => WithLinesKept(m.Value, Replacement(m))) : text;

    private static string Replacement(Match shortcode)
    {
        if (shortcode.Groups["close"].Success || shortcode.Groups["name"].Value != "figure") return "";
        var parameters = shortcode.Groups["params"].Value;
        // A caption written over several lines is one line of the image: its breaks are kept after it (WithLinesKept), not inside.
        var caption = OneLine(Parameter(parameters, "caption"));
        if (caption is null) return "";
        var source = OneLine(Parameter(parameters, "src")) is { } src && !src.Any(c => c is '<' or '>') ? $"<{src}>" : "";
        return $"![{MarkdownEscaped(caption)}]({source})";
    }

    // A shortcode written over several lines leaves as many line breaks behind it.
    private static string WithLinesKept(string shortcode, string replacement) =>
        replacement + new string('\n', shortcode.Count(c => c == '\n'));

    // caption="…" (with \" inside) or caption=`…`.
    private static string? Parameter(string parameters, string name)
    {
        foreach (Match parameter in NamedParameter().Matches(parameters))
        {
            if (parameter.Groups["name"].Value != name) continue;
            var value = parameter.Groups["quoted"].Success ? parameter.Groups["quoted"].Value.Replace("\\\"", "\"") : parameter.Groups["raw"].Value;
            return value.Trim().Length > 0 ? value.Trim() : null;
        }
        return null;
    }

    private static string? OneLine(string? text) =>
        text is null ? null : ProseText.Squash(text);

    private static string MarkdownEscaped(string text) => text.Replace("\\", "\\\\").Replace("[", "\\[").Replace("]", "\\]");

    // {{< name params >}}, {{% name params %}}, {{< /name >}}, {{< name />}}; a quoted parameter may hold '>' or '%'.
    // "{{</* name */>}}", Hugo's way of writing a shortcode as text, is no shortcode. The non-backtracking engine keeps
    // a document of unclosed "{{<" linear.
    [GeneratedRegex("""\{\{[<%]\s*(?<close>/)?\s*(?<name>[A-Za-z][\w.-]*)(?<params>(?:\s(?:"(?:[^"\\]|\\.)*"|`[^`]*`|[^"`<>%{}])*)?)/?\s*[>%]\}\}""", RegexOptions.NonBacktracking)]
    private static partial Regex Shortcode();

    [GeneratedRegex("""(?<name>[A-Za-z][\w-]*)\s*=\s*(?:"(?<quoted>(?:[^"\\]|\\.)*)"|`(?<raw>[^`]*)`)""", RegexOptions.NonBacktracking)]
    private static partial Regex NamedParameter();
}
