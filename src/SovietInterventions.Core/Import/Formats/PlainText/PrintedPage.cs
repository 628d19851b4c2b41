using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// A scanned or printed book's page furniture: a page number standing alone ("87") and a running head with its page
/// number ("88      THE RED ARMY ABROAD", "FRONTIERS REDRAWN      89"), or the same head repeated beside page numbers
/// without one. It is furniture only where the text has at least two of them, each standing between blank lines or page rules; a
/// page number has at most three digits, so that a year standing alone stays a heading.
/// </summary>
internal static partial class PrintedPage
{
    private const int Near = 3; // lines between a page number and the running head printed with it

    /// <summary>The trimmed lines with the page furniture and a scanner's note blanked out.</summary>
    public static string[] Blank(string[] lines)
    {
        var result = lines.ToArray();
        // A first line wholly in square brackets ("[OCR text, 300 dpi, pages 87-96]") is a note on the file, not its text.
        var first = Array.FindIndex(lines, l => l.Length > 0);
        if (first >= 0 && ScannerNote().IsMatch(lines[first])) result[first] = "";
        var marks = Enumerable.Range(0, lines.Length).Where(i => Standalone(lines, i) && (PageNumber().IsMatch(lines[i]) || HeadText(lines[i]) is not null)
            || PageNumber().IsMatch(lines[i]) && i + 1 < lines.Length && Rule().IsMatch(lines[i + 1])).ToList();
        if (marks.Count < 2) return result;
        foreach (var i in marks) result[i] = "";
        // The head repeated without its number, beside page numbers, is furniture too.
        var heads = marks.Select(i => HeadText(lines[i])).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var besideMarks = Enumerable.Range(0, lines.Length).Where(i => lines[i].Length > 0 && Standalone(lines, i) && marks.Any(m => Math.Abs(m - i) <= Near)).ToList();
        foreach (var i in besideMarks)
            if (heads.Contains(lines[i]) || besideMarks.Count(j => string.Equals(lines[j], lines[i], StringComparison.OrdinalIgnoreCase)) >= 2)
                result[i] = "";
        return result;
    }

    // "88      THE RED ARMY ABROAD" or "THE RED ARMY ABROAD      88": the head's words, or null.
    private static string? HeadText(string line)
    {
        var match = RunningHead().Match(line);
        if (!match.Success) return null;
        var text = match.Groups["before"].Success && match.Groups["before"].Length > 0 ? match.Groups["before"].Value : match.Groups["after"].Value;
        return ArticleTitle.LooksLikeTitle(text) ? text : null;
    }

    /// <summary>
    /// A PDF extract's footnotes: below a page's short rule ("-----"), down to the page rule ("=====") or a blank line, a line
    /// opening with a number ("1 For the general setting see …") opens a note. Its number is written as a superscript, as a
    /// printed page sets it, so that the note is read as a footnote (a reference), never as the text.
    /// </summary>
    public static string[] MarkFootnotes(string[] lines)
    {
        var result = lines.ToArray();
        var below = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("-----", StringComparison.Ordinal) && Rule().IsMatch(lines[i])) below = true;
            else if (lines[i].Length == 0 || Rule().IsMatch(lines[i])) below = false;
            else if (below && NoteNumber().Match(lines[i]) is { Success: true } number)
                result[i] = string.Concat(number.Groups[1].Value.Select(d => PlainTextLines.SuperscriptDigits[d - '0'])) + lines[i][number.Groups[1].Length..];
        }
        return result;
    }

    [GeneratedRegex(@"^(\d{1,3}) \S")]
    private static partial Regex NoteNumber();

    // Between blank lines, or the rule a text extracted from a PDF draws at each page break ("=====") and above its footnotes ("-----").
    private static bool Standalone(string[] lines, int i) =>
        lines[i].Length > 0 && !Rule().IsMatch(lines[i]) && (i == 0 || Apart(lines[i - 1])) && (i + 1 == lines.Length || Apart(lines[i + 1]));

    private static bool Apart(string line) => line.Length == 0 || Rule().IsMatch(line);

    [GeneratedRegex(@"^(?:={5,}|-{5,}|_{5,}|\f)$")]
    private static partial Regex Rule();

    // Three words or more in brackets, none of them the label of a placeholder ("[Image: march.jpg]").
    [GeneratedRegex(@"^\[(?![A-Za-z]+:)[^\[\]]*\s[^\[\]]*\s[^\[\]]*\]$")]
    private static partial Regex ScannerNote();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:\d{1,3} {3,}(?<after>\S.*)|(?<before>.*\S) {3,}\d{1,3})$")]
    private static partial Regex RunningHead();
}
