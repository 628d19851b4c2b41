using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// Aid that sends the Soviet side's own forces ("deployed troops to …", "Soviet troops landed in …", "Soviet troops defended …"),
/// not arms or advisers: a military deployment, strong enough to make an episode from one sentence, as an invasion is.
/// </summary>
internal static class Deployments
{
    private const int MaxObjectWords = 3;

    public static bool SendsForces(string sentence, PhraseHit<string> agent, PhraseHit<(EpisodeKind Kind, ActRole Role)> act, ClaimRules rules)
    {
        if (act.Value.Kind != EpisodeKind.MilitaryAid || act.Value.Role != ActRole.Intervention) return false;
        if (rules.Forces.AnyIn(act.Text)) return true;
        // "deployed 40,000 troops to": the object before the destination ends with a word for forces ("military advisers" does not).
        var objectWords = sentence[act.End..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .TakeWhile(w => !rules.DestinationWords.Contains(w)).Take(MaxObjectWords + 1).ToList();
        if (objectWords.Count is > 0 and <= MaxObjectWords && rules.Forces.AnyIn(objectWords[^1].Trim(',', '.'))) return true;
        // "Soviet troops landed in": forces are the whole subject of a verb ("Soviet military advisers" are advisers, not troops).
        var subject = agent.End <= act.Index ? sentence[agent.End..act.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        var verb = act.Text.Contains(' ') || act.Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        return verb && subject.Length is > 0 and <= MaxObjectWords && subject.All(rules.Forces.AnyIn);
    }
}
