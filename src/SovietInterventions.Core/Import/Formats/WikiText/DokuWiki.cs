using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.WikiText;

/// <summary>
/// DokuWiki, the other wiki that course and club sites run, shares MediaWiki's "= heading =" lines but counts them
/// the other way ("====== Page ======" is the top, "===== Section =====" below it) and marks text its own way:
/// "**bold**", "//italic//", "((footnote))", "  * item" (indented), "^ header ^" and "| cell |" tables, "~~NOTOC~~".
/// A page is told by its first heading having the most '=' of all; it is then written as the MediaWiki it means,
/// line for line, and read as any wiki article.
/// </summary>
internal static partial class DokuWiki
{
    private const int MostMarks = 6; // "======": DokuWiki's top level, MediaWiki's sixth

    /// <summary>True when the first heading has four or more '=' and more than some later heading: DokuWiki's levels go down as the '=' get fewer.</summary>
    public static bool Looks(IEnumerable<string> lines)
    {
        var marks = lines.Select(l => WikiTextParser.TryReadHeading(l, out var level, out _) ? level : 0).Where(m => m > 0).ToList();
        return marks.Count >= 2 && marks[0] >= 4 && marks[0] == marks.Max() && marks.Min() < marks[0];
    }

    /// <summary>The page in MediaWiki markup, with as many lines as it had.</summary>
    public static string AsMediaWiki(string text) => string.Join('\n', text.Split('\n').Select(Line));

    private static string Line(string line)
    {
        var trimmed = line.Trim();
        if (WikiTextParser.TryReadHeading(trimmed, out var marks, out var heading))
        {
            var level = new string('=', Math.Max(1, MostMarks + 1 - marks));
            return $"{level} {Inline(heading)} {level}";
        }
        if (Macro().IsMatch(trimmed) || Signature().IsMatch(trimmed)) return "";
        if (ListItem().Match(line) is { Success: true } item)
        {
            var depth = item.Groups["indent"].Value.Replace("\t", "  ").Length / 2;
            var mark = item.Groups["mark"].Value == "-" ? '#' : '*';
            return new string(mark, Math.Max(1, depth)) + " " + Inline(item.Groups["text"].Value);
        }
        if (trimmed.Length > 1 && trimmed[0] is '|' or '^' && trimmed[^1] is '|' or '^')
        {
            var cells = trimmed[1..^1].Split('|', '^').Select(c => Inline(c.Trim()));
            return (trimmed[0] == '^' ? "! " : "| ") + string.Join(trimmed[0] == '^' ? " !! " : " || ", cells);
        }
        return Inline(line);
    }

    private static string Inline(string text)
    {
        text = NoWiki().Replace(text, "$1");
        text = Footnote().Replace(text, "<ref>$1</ref>");
        text = Bold().Replace(text, "'''$1'''");
        return Italic().Replace(text, "''$1''");
    }

    // "~~NOTOC~~", "~~DISCUSSION~~": instructions to the wiki, no text.
    [GeneratedRegex(@"^~~[A-Z_]+(:[^~]*)?~~$")]
    private static partial Regex Macro();

    // "--- //[[user:anna|Anna]] 2025/10/08 14:22//": who signed an edit, and when.
    [GeneratedRegex(@"^-{2,3}\s*//.*//$")]
    private static partial Regex Signature();

    // Two spaces (or a tab) per level, then "*" for a bullet or "-" for a numbered item.
    [GeneratedRegex(@"^(?<indent>(  |\t)+)(?<mark>[*-])\s+(?<text>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"%%(.*?)%%")]
    private static partial Regex NoWiki();

    // "((see Raun, p. 4))"; a closing bracket of the note's own just before the pair is the note's ("(p. 4)))").
    [GeneratedRegex(@"\(\((.+?)\)\)(?!\))")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    // "//not//", but never the "//" of "https://".
    [GeneratedRegex(@"(?<!:)//(.+?)(?<!:)//")]
    private static partial Regex Italic();
}
