namespace SovietInterventions.Core.Import.Mentions.Dates;

/// <summary>The English words the date grammar knows: month names and the few words around dates.</summary>
internal static class DateWords
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june",
         "july", "august", "september", "october", "november", "december"];

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months = BuildMonths();

    /// <summary>Words that narrow the date after them but do not change its precision: "early April 1945", "the eve of 9 September".</summary>
    public static readonly string[] Qualifiers =
        ["early", "mid", "late", "night", "eve", "morning", "evening", "spring", "summer", "autumn", "fall", "winter"];

    /// <summary>Things that outlast the year that names them: "the old frontier of 1939" is no date of what crossed it.</summary>
    public static readonly string[] LastingThings =
        ["frontier", "frontiers", "border", "borders", "boundary", "boundaries", "line", "lines", "lesson", "lessons", "legacy", "memory", "memories", "spirit", "generation", "veterans", "settlement", "constitution", "map"];

    /// <summary>Words after a number that make it a quantity, never a year: "2000 million".</summary>
    public static readonly string[] Quantities = ["million", "billion", "thousand", "percent"];

    /// <summary>Words before a year that make it qualify the noun after it: "the 1921 convention".</summary>
    public static readonly string[] Determiners = ["the", "a", "an", "its", "his", "her", "their", "this", "that"];

    /// <summary>Words after such a year that are no noun it could qualify ("the 1939 and 1940 campaigns" is left a plain year).</summary>
    public static readonly string[] NotNouns = ["and", "or", "to", "until", "till", "through", "when", "while", "as", "after", "before", "in", "on", "at", "by", "of", "s"];

    public static readonly string[] RangeWords = ["to", "until", "till", "through"];

    /// <summary>Words before a month named alone that make it a time, not a verb: "In May, he announced …", "by March", "mid-June".</summary>
    public static readonly string[] WordsOfTimeBeforeMonth = ["in", "by", "until", "till", "since", "during", "early", "mid", "late"];

    // "26.VI.40": notes in the European manner write the month in Roman numerals, in capitals.
    private static readonly string[] RomanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    public static int? RomanMonth(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < RomanMonths.Length; i++)
            if (word.SequenceEqual(RomanMonths[i])) return i + 1;
        return null;
    }

    public static int? Month(ReadOnlySpan<char> word) =>
        Months.TryGetValue(word, out var month) ? month : null;

    /// <summary>"Sept", "Jan": a month abbreviation, which may carry a full stop.</summary>
    public static bool IsMonthAbbreviation(ReadOnlySpan<char> word) =>
        Month(word) is { } month && word.Length < MonthNames[month - 1].Length;

    /// <summary>Any of st, nd, rd, th: writers get them wrong ("23th"), so the number decides, not the suffix.</summary>
    public static bool IsOrdinalSuffix(ReadOnlySpan<char> word) =>
        word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["sept"] = 9 };
        for (var i = 0; i < MonthNames.Length; i++)
        {
            months[MonthNames[i]] = i + 1;
            months[MonthNames[i][..3]] = i + 1;
        }
        return months.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
