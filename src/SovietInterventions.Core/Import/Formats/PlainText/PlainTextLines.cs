using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// How the plain-text parser reads a line by itself: list items ("- item", "4. item"), footnotes ("[3] Williams",
/// "^ Williams"), and which lines stand alone, so that <see cref="HardWraps"/> never joins them to a wrapped paragraph.
/// </summary>
internal static class PlainTextLines
{
    // Marks other formats open a line of their own with: a bullet, a table row, a heading, a quote.
    private const string OtherMarks = "*•+|#>";
    /// <summary>A printed note's number: the digits 0 to 9 as superscripts, in order.</summary>
    public const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>
    /// True for a line the parser reads on its own wherever it stands: a list item, a footnote, a banner or a rule, a
    /// speaker's turn, an image placeholder, a "Background[edit]" heading, a menu bar ("Home | News"), a saved page's chrome
    /// or furniture (a tagline filling the wrap width must not take the redirect line below it), or a line opening with
    /// another format's mark.
    /// </summary>
    public static bool StandsAlone(string line) =>
        line.Length > 0 && (OtherMarks.Contains(line[0]) || IsListItem(line) || Footnote(line) is not null
            || BannerHeading.Of(line) is not null || BannerHeading.IsRule(line) || TranscriptTurn.Of(line) is not null
            || WikiPageChrome.IsImagePlaceholder(line) || WikiPageChrome.HeadingBeforeEditLink(line) is not null
            || line.Contains(" | ", StringComparison.Ordinal) || WikiPageChrome.Is(line) || PageFurniture.IsFurniture(line));

    // "[3] Williams (1997), p. 5", "^ Williams (1997)" or "¹ Williams (1997)" at the start of a line is a footnote; "[6]" alone is an empty one.
    public static string? Footnote(string line)
    {
        // A rendered wiki footnote: "^ Williams (1997), p. 5", "^ a b Williams".
        if (line.StartsWith("^ ", StringComparison.Ordinal)) return line[2..].Trim();
        // A printed book's footnote at the foot of a page: "¹ Cronin (1997), p. 84", "¹² Ibid."
        var marks = line.TakeWhile(c => SuperscriptDigits.Contains(c)).Count();
        if (marks > 0 && marks < line.Length && line[marks] == ' ') return line[marks..].Trim();
        if (line.Length < 3 || line[0] != '[') return null;
        var close = line.IndexOf(']');
        if (close < 2 || close > 6 || !line.AsSpan(1, close - 1).ToString().All(char.IsDigit)) return null;
        return line[(close + 1)..].Trim();
    }

    /// <summary>True for a printed book's footnote, opened by its superscript number ("¹ Cronin (1997), p. 84").</summary>
    public static bool IsPrintedFootnote(string line) => line.Length > 0 && SuperscriptDigits.Contains(line[0]) && Footnote(line) is not null;

    public static bool IsListItem(string line) => ListText(line).Depth >= 0;

    // "-   item", "-   -   nested item", "4.  item": the depth (-1 when not an item) and the text.
    public static (int Depth, string Text) ListText(string line)
    {
        var depth = -1;
        var i = 0;
        while (i < line.Length && line[i] == '-' && (i + 1 == line.Length || line[i + 1] == ' '))
        {
            depth++;
            i++;
            while (i < line.Length && line[i] == ' ') i++;
        }
        if (depth >= 0) return (depth, line[i..].Trim());
        var digits = 0;
        while (digits < line.Length && digits < 3 && char.IsDigit(line[digits])) digits++;
        if (digits > 0 && digits + 1 < line.Length && line[digits] == '.' && line[digits + 1] == ' ') return (0, line[(digits + 1)..].Trim());
        return (-1, line);
    }
}
