using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// An actor found in a text: <see cref="Name"/> is the canonical name, <see cref="Text"/> the words as written
/// (without a possessive "'s"), <see cref="Discovered"/> true for a person learned from the texts, and
/// <see cref="Role"/> what the words around the mention say the actor did ("leader deposed"), or "involved";
/// <see cref="Side"/> for a commander, the country whose forces the text says they led (else the one they served),
/// for a leader, the country they served, where data/actors.json says so; where the clause gives the support or fight to
/// another state ("Vietnam fought against X"), that state, with the role it gave as <see cref="OthersRole"/>.
/// </summary>
public sealed record ActorMention(string ActorSlug, string Name, string Text, int Index, int Length, ActorType Type, bool Discovered, string Role,
    string? Side = null, string? OthersRole = null);

/// <summary>What a name in the actor table stands for; a null actor marks a phrase that names no actor
/// (a country, a place, a weapon named after someone), so that a city named after a person is not that person.</summary>
internal sealed record ActorName(ActorEntry? Actor, bool Discovered)
{
    private static readonly ActorName NoActor = new(null, false);

    public static IEnumerable<(string, ActorName)> All(Gazetteer gazetteer, IReadOnlyList<ActorEntry> learned)
    {
        // "the Caspian flotilla", "the 7th army": prose writes the head of a Soviet force's name in lower case. Given first, so that
        // any name written so in the gazetteer (a country, a place, another actor) wins. Only the Soviet side's: a target's
        // force ("the Polish army") would hide the country it names from the claims.
        var interveners = gazetteer.Countries.Where(c => c.Intervener).Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        // A Soviet person's other romanizations ("Vasilii Bliukher" for "Vasily Blyukher"), first, so that any name the gazetteer or
        // the texts spell so wins. Only the intervener's people: the rules are those of Russian, not of "John Kennedy".
        foreach (var actor in gazetteer.Actors.Where(a => a.Type == Model.ActorType.Person && a.Country is { } c && interveners.Contains(c)))
            foreach (var name in actor.Aliases.Prepend(actor.Name))
                foreach (var spelling in TransliteratedNames.Of(name))
                    yield return (spelling, new ActorName(actor, false));
        foreach (var actor in gazetteer.Actors.Where(a => a.Type == Model.ActorType.ArmedForce && a.Country is { } c && interveners.Contains(c)))
            foreach (var name in actor.Aliases.Prepend(actor.Name))
                if (LowerHead(name, gazetteer) is { } lowered)
                    yield return (lowered, new ActorName(actor, false));
        foreach (var country in gazetteer.Countries)
            foreach (var name in country.Aliases.Prepend(country.Name))
                yield return (name, NoActor);
        foreach (var place in gazetteer.Places)
            yield return (place.Name, NoActor);
        foreach (var phrase in gazetteer.NotActors)
            yield return (phrase, NoActor);
        foreach (var actor in gazetteer.Actors)
            foreach (var name in actor.Aliases.Prepend(actor.Name))
                yield return (name, new ActorName(actor, false));
        foreach (var actor in learned)
            foreach (var name in actor.Aliases.Prepend(actor.Name))
                yield return (name, new ActorName(actor, true));
    }

    /// <summary>"Caspian Flotilla" as "Caspian flotilla": a name of two words or more whose last word is a force's head word.</summary>
    private static string? LowerHead(string name, Gazetteer gazetteer)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0 || !gazetteer.Discovery.OrganizationHeads.Any(h => h.Type == Model.ActorType.ArmedForce && h.Head == name[(space + 1)..]))
            return null;
        return name[..(space + 1)] + name[(space + 1)..].ToLowerInvariant();
    }
}
