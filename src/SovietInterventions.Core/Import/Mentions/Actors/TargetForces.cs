using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// The armed forces of a state the Soviet side acted against (a target it did not aid), named in a sentence that names the
/// Soviet side ("facing Red Army tanks, the Ruritanian Army …"): its opponents, though no fighting word stands by the name.
/// Named without the Soviet side ("the army was confined to barracks"), such a force says nothing more than "involved".
/// </summary>
internal sealed class TargetForces(ThirdStateActors states, Func<string, bool> namesSovietAgent)
{
    public string Role(string role, ActorMention mention, string text, IReadOnlyCollection<string> targets, IReadOnlyCollection<string>? aided)
    {
        if (role != ActorRoles.Involved || mention.Type != ActorType.ArmedForce || mention.Index + mention.Length > text.Length
            || states.StateOf(mention) is not { } state || !targets.Contains(state) || aided?.Contains(state) == true)
            return role;
        var (start, end) = ActorRelevance.SentenceAround(text, mention.Index, mention.Index + mention.Length);
        return namesSovietAgent(text[start..end]) ? ActorRoles.Opposed : role;
    }
}
