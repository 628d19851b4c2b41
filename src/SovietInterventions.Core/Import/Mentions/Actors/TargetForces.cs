using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// The armed forces of a state the Soviet side acted against (a target it did not aid), named in a sentence that names the
/// Soviet side ("facing Red Army tanks, the Ruritanian Army …"): its opponents, though no fighting word stands by the name.
/// Named without the Soviet side ("the army was confined to barracks"), such a force says nothing more than "involved";
/// the forces of a state the sources say fought the Soviet side in the episode (<c>fought</c>: "a war fought by Finland and
/// Nazi Germany against the Soviet Union") are its opponents wherever they are named.
/// </summary>
internal sealed class TargetForces(ThirdStateActors states, Func<string, bool> namesSovietAgent)
{
    public string Role(string role, ActorMention mention, string text, IReadOnlyCollection<string> targets, IReadOnlyCollection<string>? aided,
        IReadOnlyCollection<string>? fought = null)
    {
        if (role != ActorRoles.Involved || mention.Type != ActorType.ArmedForce || mention.Index + mention.Length > text.Length
            || states.StateOf(mention) is not { } state || aided?.Contains(state) == true)
            return role;
        if (fought?.Contains(state) == true) return ActorRoles.Opposed;
        if (!targets.Contains(state)) return role;
        var (start, end) = ActorRelevance.SentenceAround(text, mention.Index, mention.Index + mention.Length);
        return namesSovietAgent(text[start..end]) ? ActorRoles.Opposed : role;
    }
}
