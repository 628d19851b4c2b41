using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>Who does what to whom: the side and final role of a mention from the words around it (<see cref="ActorFinder"/>, <see cref="ActorReferences"/>).</summary>
internal sealed class MentionDirection(Gazetteer gazetteer)
{
    private readonly CommanderSide sides = new(gazetteer);

    /// <summary>
    /// Whose side a commander or leader is on: the country the text names for a commander, else the one the person
    /// served (data/actors.json). A head of state or party named as commanding ("under the command of Brezhnev")
    /// is that state's leader, not a commander, and a Soviet leader is the Soviet leader; "supported" and "opposed"
    /// hold unless the clause tells of another's support or fight: then "involved", with the other state as side and
    /// the role it gave kept apart, for an episode in which that state is the one the Soviet side aided.
    /// </summary>
    public (string Role, string? Side, string? OthersRole) Of(FoldedText folded, ActorEntry actor, int start, int length, string role, int previousActorEnd)
    {
        // "to crush his former ally Stalin", "the Red Army against …": the Soviet side's own are never its opponents here.
        var soviet = IsSoviet(actor);
        if (soviet && ActorRoles.AgainstTheSovietSide.Contains(role))
            return (ActorRoles.Involved, actor.Country, null);
        if (role == ActorRoles.Commander && actor.HeadYears is not null)
            return (actor.Country is { } headed && sides.IsIntervener(headed) ? ActorRoles.SovietLeader : ActorRoles.Leader, actor.Country, null);
        if (role == ActorRoles.Leader)
            return (soviet ? ActorRoles.SovietLeader : role, actor.Country, null);
        // "Premier Zhou Enlai": a title the Soviet leaders bore makes no one else a Soviet leader.
        if (role == ActorRoles.SovietLeader && !soviet)
            return (ActorRoles.Involved, actor.Country, null);
        // "support for Mobutu by the US", "Hungarians fought against the ÁVH", "Belgium overthrew Lumumba": another side's support, fight
        // or coup says nothing of the Soviet one.
        if (role is ActorRoles.Supported or ActorRoles.Opposed && sides.OtherActor(folded, start, start + length, previousActorEnd) is { } other)
            return (ActorRoles.Involved, other.Length > 0 ? other : null, other.Length > 0 ? role : null);
        if (role == ActorRoles.LeaderDeposed && sides.OtherStateBefore(folded, start, actor.Country) is { } deposer)
            return (ActorRoles.Involved, deposer, role);
        if (role != ActorRoles.Commander)
            return (role, null, null);
        var side = sides.Of(folded, start, start + length) ?? actor.Country;
        return (side is not null && sides.IsIntervener(side) ? ActorRoles.SovietCommander : role, side, null);
    }

    /// <summary>The Soviet side's own people and bodies: a curated Soviet country, or a found name opening with "Soviet".</summary>
    public bool IsSoviet(ActorEntry actor) => actor.Country is { } own ? sides.IsIntervener(own) : sides.NamesIntervener(actor.Name);
}
