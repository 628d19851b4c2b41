using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// "the last Soviet troops crossed the river", "… crossed the bridge, the last Soviet soldier to leave": forces called the last ones,
/// in the act's own clause, are leaving, so their crossing or moving is the act's end, not a new entry.
/// </summary>
internal static partial class LastForces
{
    private const int MaxWords = 3;
    private const int MaxGapWords = 8;

    public static bool AreLeaving(string sentence, int actIndex, int actEnd, ClaimRules rules) =>
        LastPhrase().Matches(sentence).Any(m => InClause(sentence, m.Index < actIndex ? m.Index : actEnd, m.Index < actIndex ? actIndex : m.Index)
            && sentence[(m.Index + m.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MaxWords)
                .Select(w => w.Trim(',', '.', ';', ':')).Any(rules.IsForcesWord));

    // "… the 40th Army fights; General X leads the last troops out": a clause break or a long stretch parts the act from the phrase.
    private static bool InClause(string sentence, int from, int to) =>
        sentence[from..to].IndexOfAny([';', ':', '(', ')']) < 0 && sentence[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxGapWords;

    [GeneratedRegex(@"\bthe last\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastPhrase();
}
