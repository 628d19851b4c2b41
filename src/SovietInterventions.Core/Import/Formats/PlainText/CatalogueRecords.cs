using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// The records of a catalogue or finding aid: a number standing on its own line ("31", "No. 31") right above the
/// record's lines, the object's name first (a quoted name may run on over the next line) and then its fields
/// (materials, dimensions, place and date of making, lender, "Acquired 1987", accession numbers; "Label: value" or
/// not). The number and the fields are metadata of the object, never prose: their dates are not the history the
/// record's text tells; they describe the object, not the document, so none of them is the document's title, author or
/// date. Only a text with two such records or more is read as a catalogue.
/// </summary>
internal static partial class CatalogueRecords
{
    private const int MinRecords = 2;

    /// <summary>The lines of each record's number and fields (by index), and the lines the objects' names start on.</summary>
    public static (HashSet<int> Lines, HashSet<int> Names) Find(IReadOnlyList<string> lines)
    {
        var numbered = Enumerable.Range(0, lines.Count)
            .Where(i => RecordNumber().IsMatch(lines[i]) && (i == 0 || lines[i - 1].Length == 0)
                && i + 2 < lines.Count && lines[i + 1].Length > 0 && lines[i + 2].Length > 0)
            .ToList();
        var apparatus = new HashSet<int>();
        var names = new HashSet<int>();
        if (numbered.Count < MinRecords) return (apparatus, names);
        foreach (var number in numbered)
        {
            apparatus.Add(number);
            var i = number + 1;
            names.Add(i);
            // The name's open quotation runs on until it closes.
            var quotes = 0;
            do quotes += lines[i++].Count(c => c is '"' or '“' or '”');
            while (quotes % 2 == 1 && i < lines.Count && lines[i].Length > 0);
            for (; i < lines.Count && lines[i].Length > 0; i++) apparatus.Add(i);
        }
        return (apparatus, names);
    }

    // "31", "No. 31", "Cat. 31a", "#31": a record's number alone on its line.
    [GeneratedRegex(@"^(?:(?:No|Cat|Nr|Item|Object)\.?\s*|#)?\d{1,4}[a-z]?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex RecordNumber();
}
