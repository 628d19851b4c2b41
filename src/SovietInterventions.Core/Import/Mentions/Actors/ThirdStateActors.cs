using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// People and bodies of a third state: neither the Soviet side, nor a target of the episode, nor a government it aided (the United
/// States on the Cuban crisis, Germany and Italy on Bessarabia). Their state is the one they served (data/actors.json), the one the text
/// gives a commander, or for a body found in the texts the state its name opens with ("German 2nd Army"). Where the Soviet side aided a
/// government, such an actor the text says nothing more of stands on the other side: opposed, or the opposing leader
/// for the head of that state. Elsewhere, named in a sentence that names
/// no Soviet side, or names it in no act, it is background to the episode (another power's diplomacy or war), listed as also mentioned.
/// </summary>
internal sealed class ThirdStateActors(Gazetteer gazetteer, Func<string, bool> namesSovietAgent, Func<string, bool> statesAnAct)
{
    private readonly HashSet<string> interveners = [.. gazetteer.Countries.Where(c => c.Intervener).Select(c => c.Slug)];

    /// <summary>The role of a third state's actor where the Soviet side aided a government: its head when the episode began
    /// (curated head years) leads the opponents, anyone else is opposed; any other role unchanged.</summary>
    public string Role(string role, ActorMention mention, IReadOnlyCollection<string> targets, IReadOnlyCollection<string>? aided, int firstYear)
    {
        if (role != ActorRoles.Involved || aided is not { Count: > 0 } || !IsThird(mention, targets, aided))
            return role;
        return gazetteer.Actor(mention.ActorSlug)?.HeadYears is { } head && (head.From ?? int.MinValue) <= firstYear && (head.To ?? int.MaxValue) >= firstYear
            ? ActorRoles.OpposingLeader : ActorRoles.Opposed;
    }

    /// <summary>True when a third state's actor, with nothing more said of it, is named in a sentence that names no Soviet side,
    /// not counting the names there that are only background (<paramref name="background"/>: "following Stalin's death" in 1956),
    /// or names it in no act ("Hitler watched with glee as the Finns humiliated the Soviets").</summary>
    public bool Aside(string role, ActorMention mention, string text, IEnumerable<ActorMention> background, IReadOnlyCollection<string> targets,
        IReadOnlyCollection<string>? aided)
    {
        if (role != ActorRoles.Involved || aided is { Count: > 0 } || !IsThird(mention, targets, aided) || mention.Index + mention.Length > text.Length)
            return false;
        var (start, end) = ActorRelevance.SentenceAround(text, mention.Index, mention.Index + mention.Length);
        var sentence = text.ToCharArray(start, end - start);
        foreach (var passing in background.Where(a => a.Index >= start && a.Index + a.Length <= end))
            Array.Fill(sentence, ' ', passing.Index - start, passing.Length);
        var rest = new string(sentence);
        return !namesSovietAgent(rest) || !statesAnAct(rest);
    }

    private bool IsThird(ActorMention mention, IReadOnlyCollection<string> targets, IReadOnlyCollection<string>? aided) =>
        StateOf(mention) is { } state && !interveners.Contains(state) && !targets.Contains(state) && aided?.Contains(state) != true;

    /// <summary>The state an actor belongs to: the one it served (curated), the side the text gives it, or the state a found body's name opens with.</summary>
    public string? StateOf(ActorMention mention)
    {
        // The side of another's act ("Belgium overthrew Lumumba") is not the person's own.
        var given = mention.OthersRole is null ? mention.Side : null;
        return given ?? gazetteer.Actor(mention.ActorSlug)?.Country ?? (mention.Discovered ? Opening(mention.Name) : null);
    }

    private string? Opening(string name) =>
        gazetteer.StateAt(FoldedText.Of(name), 0)?.Value.CountrySlug;
}
