using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// "…, but no invasion followed", "without an intervention", "never invaded": a sentence that denies an act outright, by a negator
/// right before the act (a determiner between), says that the act did not happen, so it makes no claim, whatever else it tells.
/// So does one whose negated subject the act is said of ("Neither the treaty nor the conference was an intervention").
/// </summary>
internal static class NegatedActs
{
    private static readonly HashSet<string> Determiners = new(["a", "an", "the", "any"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Copulas = new(["was", "were", "is", "are"], StringComparer.OrdinalIgnoreCase);

    public static bool DeniesAny(string sentence, IEnumerable<PhraseHit<(EpisodeKind Kind, ActRole Role)>> acts, ClaimRules rules) =>
        acts.Any(a => a.Value.Role == ActRole.Intervention && (NegatorBefore(sentence[..a.Index], rules) || NegatedSubjectIs(sentence, a.Index, rules)));

    /// <summary>The acts a negator right before them denies ("did NOT intervene").</summary>
    public static IEnumerable<PhraseHit<(EpisodeKind Kind, ActRole Role)>> Denied(string sentence, IEnumerable<PhraseHit<(EpisodeKind Kind, ActRole Role)>> acts, ClaimRules rules) =>
        acts.Where(a => a.Value.Role == ActRole.Intervention && NegatorBefore(sentence[..a.Index], rules));

    private static bool NegatedSubjectIs(string sentence, int act, ClaimRules rules) =>
        rules.Negators.Contains(sentence.Split(' ', 2)[0].ToLowerInvariant()) && Copulas.Contains(WordBefore(sentence[..act]));

    private static bool NegatorBefore(string before, ClaimRules rules) => rules.Negators.Contains(WordBefore(before));

    // The word before the act, past a determiner ("no invasion", "was an intervention"); empty when there is none.
    private static string WordBefore(string before)
    {
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words.Length > 0 && Determiners.Contains(words[^1]) ? words[..^1] : words;
        return last.Length > 0 ? last[^1] : "";
    }
}
