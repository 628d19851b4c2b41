using System.Globalization;
using System.Text.RegularExpressions;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>
/// A lead sentence that gives a day and month but takes its year from the text around it ("On 30 March, the Red Army
/// entered …") gets the year in square brackets after the date ("On 30 March [1945], …"), as an editor adds it to a
/// quotation; a sentence that writes a year, or a claim with no year, is left as it is.
/// </summary>
internal static partial class LeadYear
{
    public static string Added(string sentence, PartialDate? date)
    {
        if (date is not { Month: { } month } || Year().IsMatch(sentence)) return sentence;
        var name = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[month - 1];
        // The first place the claim's month is written, as a day and month, a month and day or the month alone; a match naming
        // another month is passed by one character at a time, so a date of the claim's month starting inside it is still found.
        for (var written = MonthWritten().Match(sentence); written.Success; written = MonthWritten().Match(sentence, written.Index + 1))
            if (written.Groups["month"].Value == name)
                return sentence.Insert(written.Index + written.Length, $" [{date.Value.Year}]");
        return sentence;
    }

    [GeneratedRegex(@"\b(\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(?<month>\p{Lu}\p{Ll}+)|(?<month>\p{Lu}\p{Ll}+)\s+\d{1,2}(st|nd|rd|th)?)\b|\b(?<month>\p{Lu}\p{Ll}+)\b")]
    private static partial Regex MonthWritten();

    [GeneratedRegex(@"\b(1[89]|20)\d\d\b")]
    private static partial Regex Year();
}
