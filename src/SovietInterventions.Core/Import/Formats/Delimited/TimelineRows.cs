using System.Globalization;
using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Import.Formats.Delimited;

/// <summary>
/// The rows of a table under its header row, read the way a Markdown or web page table row is: one passage per row, its first
/// cell leading and each other cell after its column's name read as words ("1956 — country: Hungary; year end: 1957; …"). A
/// column of sources ("source", "references") gives references, not prose, a column of notes prose; a tracker's columns of
/// who edited a row and when give nothing. A first cell in ISO form ("1956-11-04") reads as words ("4 November 1956"), and one
/// that gives a day and a month but no year ("12 Oct") takes the year of the row above, as a reader of a timeline does.
/// </summary>
internal sealed partial class TimelineRows(IReadOnlyList<string> header)
{
    private readonly string[] labels = [.. header.Select(Label)];
    private string? yearAbove;

    /// <summary>The row's passage text (null for a row with nothing but sources), handing its sources to <paramref name="reference"/>.</summary>
    public string? Read(IReadOnlyList<string> cells, Action<string> reference)
    {
        string HeaderOf(int i) => i < labels.Length ? labels[i] : "";
        var kept = Enumerable.Range(0, cells.Count).Where(i => cells[i].Length > 0).ToList();
        foreach (var i in kept.Where(i => ReferenceSections.IsSourcesColumn(HeaderOf(i)))) reference(cells[i]);
        kept.RemoveAll(i => ReferenceSections.IsSourcesColumn(HeaderOf(i)) || BookkeepingColumns.Contains(HeaderOf(i)));
        if (kept.Count == 0) return null;

        var first = IsoDate().Replace(cells[kept[0]], Words);
        if (ProseText.FirstYear(first) is { } year) yearAbove = year;
        else if (yearAbove is not null && Month().IsMatch(first)) first = $"{first} {yearAbove}";
        // A cell's closing full stop would end the row's sentence before its next cell.
        var rest = kept.Skip(1).Select(i => (HeaderOf(i).Length > 0 ? $"{HeaderOf(i)}: {cells[i]}" : cells[i]).TrimEnd(';', '.')).ToList();
        var text = rest.Count == 0 ? first : $"{first}{TableCells.KeySeparator}{TableCells.Join(rest)}";
        return text[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    // A tracker's record of who changed a row and when ("Last edited by: Jordan Pike") says nothing of the row's history.
    private static readonly HashSet<string> BookkeepingColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "created", "created by", "created time", "created at", "last edited", "last edited by", "last edited time", "edited by",
        "last modified", "last modified by",
    };

    /// <summary>A database column's or a data file's key read as words: "start_date" is "start date".</summary>
    public static string Label(string key) => key.Replace('_', ' ').Trim();

    private static string Words(Match iso)
    {
        var (year, month, day) = (int.Parse(iso.Groups["y"].Value), int.Parse(iso.Groups["m"].Value), int.Parse(iso.Groups["d"].Value));
        return month is >= 1 and <= 12 && day is >= 1 and <= 31
            ? $"{day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year}"
            : iso.Value;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Month();
}
