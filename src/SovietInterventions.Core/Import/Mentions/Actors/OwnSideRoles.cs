using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// The Soviet side's own people and bodies that the words around say nothing more of ("some 3,300 Soviet experts, among them
/// spetsnaz"): still on the Soviet side, so shown as its leader (a person who headed it in the episode's years, curated head
/// years), an official, a force or a body rather than "involved". Its own are those curated with an intervener's country and
/// those whose name opens with an intervener's adjective ("Soviet Rocket Forces") or that the text names with one right before
/// them ("the Soviet Politburo") or lists beside one of its forces ("the Soviet 14th Army and 54th Rifle Division").
/// </summary>
internal sealed class OwnSideRoles(Gazetteer gazetteer)
{
    private readonly HashSet<string> interveners = [.. gazetteer.Countries.Where(c => c.Intervener).Select(c => c.Slug)];
    private readonly string[] adjectives = [.. gazetteer.Countries.Where(c => c.Intervener).SelectMany(c => c.Adjectives).Select(a => a + " ")];

    /// <summary>The role to show for an "involved" mention of the Soviet side's own; any other role, or anyone else's, unchanged.</summary>
    public string Role(string role, ActorMention mention, string text, int firstYear, int lastYear)
    {
        if (role != ActorRoles.Involved)
            return role;
        var entry = gazetteer.Actor(mention.ActorSlug);
        var sideGiven = mention.OthersRole is null && mention.Side is { } side && interveners.Contains(side);
        if (!(entry?.Country is { } country && interveners.Contains(country)) && !sideGiven && !NamedAsOwn(mention, text) && !adjectives.Any(a => mention.Name.StartsWith(a, StringComparison.Ordinal)))
            return role;
        return mention.Type switch
        {
            ActorType.Person when entry?.HeadYears is { } head && (head.From ?? int.MinValue) <= lastYear && (head.To ?? int.MaxValue) >= firstYear => ActorRoles.SovietLeader,
            ActorType.Person => ActorRoles.SovietOfficial,
            ActorType.ArmedForce => ActorRoles.SovietForce,
            _ => ActorRoles.SovietBody,
        };
    }

    // "the Soviet Politburo": an intervener's adjective as a word right before the name.
    private bool NamedAsOwn(ActorMention mention, string text) =>
        mention.Index <= text.Length && adjectives.Any(a => mention.Index >= a.Length
            && string.Compare(text, mention.Index - a.Length, a, 0, a.Length, StringComparison.Ordinal) == 0
            && (mention.Index == a.Length || char.IsWhiteSpace(text[mention.Index - a.Length - 1])));
}
