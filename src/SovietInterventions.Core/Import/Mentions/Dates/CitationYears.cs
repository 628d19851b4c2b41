using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Mentions.Dates;

/// <summary>
/// The year of an author-year citation ("Garver (1988) stresses that …", "Benson (1990) and Wang (1999) both document …") is when a
/// work appeared, never a date of what the sentence tells. It is known by its shape: a capitalised name, the year alone in brackets,
/// and a verb in the present tense after it, as a writer cites ("describes", "points out"); "Riga (1921) fixed the border" and
/// "the Declaration (1943) promised" tell their own past.
/// </summary>
internal static partial class CitationYears
{
    /// <summary>True when the bracketed year at <paramref name="index"/> (its first digit) is a citation's.</summary>
    public static bool At(string text, int index) =>
        index > 0 && text[index - 1] == '(' && Citations(text).Any(c => c.Groups["year"].Captures.Any(y => y.Index == index));

    /// <summary>True when a sentence opens by citing a work ("Trotter (1991) stops in 1940 too", "As Jones (2005) describes, …"): it
    /// tells what a historian says.</summary>
    public static bool Opens(string sentence) =>
        sentence.Contains('(') && Citations(sentence).Any(c => sentence.AsSpan(0, c.Index).Count(' ') < OpeningWords);

    private const int OpeningWords = 3;

    private static IEnumerable<Match> Citations(string text) =>
        Citation().Matches(text).Where(m => m.Groups["both"].Success || m.Groups["verb"].Value is var verb && verb.EndsWith('s') && !NotVerbs.Contains(verb));

    // Words ending in "s" that are no verb of citing, or say nothing of one ("Westad (2005) is the standard account", "has").
    private static readonly HashSet<string> NotVerbs = ["is", "has", "was", "does", "this", "thus", "its", "as", "across", "unless", "whereas", "perhaps", "less", "series"];

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’-]+\s\((?<year>\d{4})[a-z]?\)(?:\s(?:and|&)\s\p{Lu}[\p{L}'’-]+\s\((?<year>\d{4})[a-z]?\))?\s(?:(?<both>both|also|together)\s)?(?<verb>\p{Ll}+)")]
    private static partial Regex Citation();
}
