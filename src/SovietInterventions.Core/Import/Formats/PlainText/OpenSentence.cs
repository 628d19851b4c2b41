using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// A wrapped sentence may put a year or a parenthesis at the head of its next line ("… between 28 June and 3 July" ⏎
/// "1940. The donors …", "… the cathedral of the city" ⏎ "(now the capital) on …"). The line continues the one above
/// when that one leaves its sentence open (it ends in a letter, a digit or a comma) and is not itself a line of a
/// year list ("1956 …" ⏎ "1968 …"), so that a four-digit year is never read as a list number or a new paragraph.
/// </summary>
internal static partial class OpenSentence
{
    /// <summary>True when the line goes on with the sentence the line above left open.</summary>
    public static bool Continues(string above, string line) =>
        above.Length > 0 && line.Length > 0 && (char.IsLetterOrDigit(above[^1]) || above[^1] == ',')
        && !YearHead().IsMatch(above) && (YearHead().IsMatch(line) || line[0] == '(' && line.IndexOf(')') > 1);

    // A year at a line's head, then a stop, a comma, a bracket, or a space before a lower-case word.
    [GeneratedRegex(@"^[12]\d{3}(?:[.,;:)]|\s+\p{Ll}|$)")]
    private static partial Regex YearHead();
}
