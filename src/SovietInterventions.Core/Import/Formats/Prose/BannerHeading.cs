using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.Prose;

/// <summary>
/// A heading typed by hand in plain-text notes: words wrapped in runs of the same mark, "=== Poland 1956 ===",
/// "*** HUNGARY ***", "--- Part two ---", "####### Finland #######", and the file name <c>head</c> prints above each of several files
/// ("==&gt; Poland 1939.md &lt;=="). Markdown reads such a line as a rule or a
/// paragraph, so both the Markdown and the plain-text readers ask here first. The same marks alone draw a rule.
/// </summary>
internal static partial class BannerHeading
{
    private const int MaxLength = 100;
    private const string Marks = "*=#-~";

    /// <summary>The mark and the words of a banner line, or null when the line is no banner.</summary>
    public static (char Mark, string Text)? Of(string line)
    {
        line = line.Trim();
        if (FileBanner().Match(line) is { Success: true } file && FileName(file.Groups["name"].Value) is { Length: > 0 } name) return ('=', name);
        if (line.Length < 7 || !Marks.Contains(line[0]) || line[^1] != line[0]) return null;
        var mark = line[0];
        var open = Run(line, 0, +1);
        var close = Run(line, line.Length - 1, -1);
        if (open < 3 || close < 3 || open + close >= line.Length) return null;
        var text = line[open..^close].Trim();
        // A space on both sides keeps Markdown emphasis ("***bold***") and rules ("* * *") out.
        if (line[open] != ' ' || line[^(close + 1)] != ' ') return null;
        if (text.Length is 0 or > MaxLength || !text.Any(char.IsLetterOrDigit) || text.Contains(mark + "" + mark, StringComparison.Ordinal)) return null;
        return (mark, text);
    }

    /// <summary>
    /// The mark of the two long rules framing a line ("=====" above and below "PANEL 4 — PRAGUE, 1968"), or null: a framed line
    /// is a banner as "=== Panel 4 ===" is, unless it is a sentence ("Soviet troops left Iran in May 1946.", "Soviet troops invaded on
    /// 21 August 1968 !!"). A note's emphasis after a title in capitals ("1. POLAND, SEPT 1939 !!") ends none. Shorter rules ("---",
    /// "***") are Markdown's own and front matter's fences.
    /// </summary>
    public static char? Framing(IReadOnlyList<string> lines, int index)
    {
        char? Rule(int at) => at >= 0 && at < lines.Count && lines[at].Trim() is { Length: >= MinFrameRule } rule && IsRule(rule) ? rule[0] : null;
        // Doubled marks end no sentence of a title in capitals ("1. POLAND, SEPT 1939 !!"); after words in lower case they still do.
        var line = lines[index].Trim() is var raw && WithoutEmphasis(raw) is var plain && !plain.Any(char.IsLower) ? plain.Trim() : raw;
        return line.Length > 0 && !ProseText.EndsSentence(line) && Rule(index - 1) is { } mark && Rule(index + 1) == mark ? mark : null;
    }

    /// <summary>The framed line as a banner ("=== PANEL 4 ==="), for <see cref="Of"/> and the levels. A word count written for
    /// the designers after it ("PANEL 4 — PRAGUE, 1968   [334 w]") is no part of the title, and a dash typed as two ("key case --
    /// learn dates!") is written as one, so that a line framed by dashes keeps its words.</summary>
    public static string AsBanner(char mark, string line)
    {
        line = WithoutEmphasis(line);
        return $"{new string(mark, 3)} {WordCount().Replace(mark == '-' ? line.Replace("--", "\u2013", StringComparison.Ordinal) : line, "").Trim()} {new string(mark, 3)}";
    }

    // "!!" and "??" standing alone mark a note as examinable or doubtful: no part of its words.
    private static string WithoutEmphasis(string line) => Emphasis().Replace(line, "");

    [GeneratedRegex(@"\s+[!?]{2,}(?=\s|$)")]
    private static partial Regex Emphasis();

    /// <summary>"==&gt; notes/Poland 1939.md &lt;==": the line <c>head</c> and <c>tail</c> print above each file when several are
    /// joined into one; the file's name heads what follows, and wikitext's "== heading ==" must not take it.</summary>
    public static bool IsFileBanner(string line) => FileBanner().IsMatch(line.Trim());

    // "notes\Poland 1939.md" reads "Poland 1939"; "1956.11.04 Budapest" has no extension to drop.
    private static string FileName(string path)
    {
        var name = path.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var extension = Path.GetExtension(name);
        return (extension.Length is > 1 and <= MaxExtension + 1 && extension[1..].All(char.IsAsciiLetterOrDigit) && extension.Any(char.IsAsciiLetter)
            ? name[..^extension.Length] : name).Trim();
    }

    private const int MaxExtension = 8;

    [GeneratedRegex(@"^==> (?<name>[^<>]+) <==$")]
    private static partial Regex FileBanner();

    [GeneratedRegex(@"\s[\[(]~?[0-9]+\s?(?:w|wds|words)\.?[\])]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WordCount();

    private const int MinFrameRule = 5;

    /// <summary>A rule drawn with a banner's mark and no words ("==========", "*****", "---"): it frames a title or parts text.</summary>
    public static bool IsRule(string line)
    {
        line = line.Trim();
        return line.Length >= 3 && Marks.Contains(line[0]) && Run(line, 0, +1) == line.Length;
    }

    private static int Run(string line, int from, int step)
    {
        var count = 0;
        for (var i = from; i >= 0 && i < line.Length && line[i] == line[from]; i += step) count++;
        return count;
    }
}
