using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// "Soviet officers planned the army's offensive", "Soviet advisers drew up the Kestrel offensive": an act of force that the
/// Soviet agent planned or advised on, and that another army owns (a name or a possessive before the act's noun), is that
/// army's act; the Soviet side gave it advice, which is military aid, not an invasion of its own.
/// </summary>
internal static class AdvisedActs
{
    public static bool AdvisedOnly(string sentence, PhraseHit<string> agent, PhraseHit<(EpisodeKind Kind, ActRole Role)> act, ClaimRules rules)
    {
        if (!EpisodeKinds.AgainstTheTarget(act.Value.Kind) || act.Value.Role != ActRole.Intervention || agent.End > act.Index) return false;
        var verb = rules.AdviceVerbs.Find(sentence[agent.End..act.Index]).LastOrDefault();
        if (verb is null) return false;
        // The words between the verb and the act's noun: "the big FAPLA", "the army's".
        var owner = sentence[(agent.End + verb.Index + verb.Length)..act.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return owner.Any(w => char.IsUpper(w[0]) || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal));
    }
}
