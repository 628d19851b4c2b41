namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// A word a scan or a typesetter broke at a line's end ("Septem-" ⏎ "ber 1939") is one word again. The rule: a
/// lower-case continuation loses the hyphen ("September"), unless the hyphen is a compound's own: the broken part
/// already holds a hyphen ("commander-in-" ⏎ "chief"), is a word that stands before a hyphen ("self-", "non-",
/// "twenty-"), or is capitalised before a compound's second half ("Soviet-" ⏎ "backed"). A capitalised or numeric
/// continuation keeps the hyphen ("Molotov-" ⏎ "Ribbentrop", "1940-" ⏎ "41"). The joined word never has a space in it.
/// </summary>
internal static class LineEndHyphen
{
    // Words that stand before a hyphen in English compounds: kept when the line breaks after them.
    private static readonly HashSet<string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "anti", "non", "pro", "self", "ex", "well", "so", "half", "quasi", "pseudo", "semi", "full", "long", "short",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    };

    // Second halves of compounds after a name ("Soviet-backed", "Moscow-led", "Cuban-born").
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "backed", "led", "born", "based", "built", "made", "held", "run", "owned", "controlled", "occupied",
        "sponsored", "supported", "trained", "armed", "style", "type", "era", "speaking", "oriented", "aligned",
        "allied", "friendly", "inspired", "dominated", "installed", "brokered", "bound", "wide",
    };

    /// <summary>True when the line above ends in a word broken by a hyphen and the line continues it in lower case.</summary>
    public static bool Breaks(string above, string line) =>
        EndsInBrokenWord(above) && line.Length > 0 && char.IsLower(line[0]);

    /// <summary>The line above with the next line appended: without the break's hyphen and space when a word was broken.</summary>
    public static string Append(string above, string line)
    {
        if (above.EndsWith('\u00AD')) return above[..^1] + line; // a soft hyphen is only ever a break
        if (!EndsInBrokenWord(above) && !(above.Length >= 2 && above[^1] == '-' && char.IsDigit(above[^2]) && line.Length > 0 && char.IsDigit(line[0])))
            return above + " " + line;
        if (line.Length == 0 || !char.IsLower(line[0])) return above + line;
        var start = above.LastIndexOf(' ') + 1;
        var part = above[start..^1];
        var head = new string(line.TakeWhile(char.IsLetter).ToArray());
        var keep = part.Contains('-') || Prefixes.Contains(part.TrimStart('(', '"', '\'', '“'))
            || char.IsUpper(part.TrimStart('(', '"', '\'', '“').FirstOrDefault()) && CompoundHeads.Contains(head);
        return keep ? above + line : above[..^1] + line;
    }

    private static bool EndsInBrokenWord(string line) =>
        line.Length >= 3 && line[^1] is '-' or '\u2010' or '\u00AD' && char.IsLetter(line[^2]);
}
