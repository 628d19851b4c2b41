using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// A plain-text timeline writes each entry on a line of its own that opens with its date and a dash or a colon
/// ("1956-10-24 — Soviet tanks enter Budapest", "29 Oct 1956: Israel invades Sinai", "Aug. '60 — Khrushchev sends …"), and
/// indents the lines an entry wraps onto. Each entry is an item of its own: never a wrapped line of the entry above, nor a
/// caption beside prose. Only a document with several such lines is a timeline; one dated line in prose is prose.
/// </summary>
internal static partial class TimelineEntries
{
    private const int MinEntries = 3;

    /// <summary>The indexes of the lines that open a timeline's entries; none when the document is no timeline.</summary>
    public static IReadOnlySet<int> Find(IReadOnlyList<string> lines)
    {
        var entries = Enumerable.Range(0, lines.Count).Where(i => Opens(lines[i])).ToHashSet();
        return entries.Count >= MinEntries ? entries : new HashSet<int>();
    }

    private static bool Opens(string line) => Entry().IsMatch(line.TrimStart());

    // A date (a year or ISO date, "29 Oct 1956", "5-6 Nov 1956", "Aug. '60", "Jul.-Sep. '62", "end May '62", "October 24, 1956"),
    // then a dash or a colon and the entry's text.
    [GeneratedRegex(@"^(?:(?:early|mid|late|end|end of|beginning of)[ -])?(?:\d{4}(?:[-–/]\d{1,4}){0,2}|\d{1,2}(?:[-–]\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{4}|'\d{2})|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:[-–](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)?\s+(?:\d{1,2},?\s+)?(?:\d{4}|'\d{2}))\s*(?:[—–:]|--?)\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex Entry();
}
