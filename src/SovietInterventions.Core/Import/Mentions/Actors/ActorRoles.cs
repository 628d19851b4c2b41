using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Roles across mentions and episodes: the role vocabulary is data/actor-roles.json, whose order is the priority
/// of roles ("executed" before "leader installed" before "supported"); "involved" only where nothing more is said.
/// </summary>
public static class ActorRoles
{
    public const string Involved = RolePatterns.DefaultRole;
    public const string Commander = "commander";
    public const string SovietCommander = "Soviet commander";
    public const string OpposingCommander = "opposing commander";
    public const string Supported = "supported";
    public const string Leader = "leader";
    public const string SovietLeader = "Soviet leader";
    public const string OpposingLeader = "opposing leader";
    /// <summary>Named in background or commentary only ("named after", "condemned"): listed as also mentioned.</summary>
    public const string Mentioned = "mentioned";
    public const string Opposed = "opposed";
    public const string LeaderDeposed = "leader deposed";
    public const string LeaderInstalled = "leader installed";
    /// <summary>The Soviet side's own that the words say nothing more of (<see cref="OwnSideRoles"/>).</summary>
    public const string SovietOfficial = "Soviet official";
    public const string SovietForce = "Soviet force";
    public const string SovietBody = "Soviet body";

    /// <summary>Roles that say only that an actor is the Soviet side's own (<see cref="OwnSideRoles"/>): like "involved", they tell
    /// nothing particular to one episode, so they relate no two episodes.</summary>
    public static bool SaysOnlyTheSide(string role) => role is Involved or SovietOfficial or SovietForce or SovietBody;

    /// <summary>Roles that set an actor against the Soviet side, which the Soviet side's own people and bodies never take.</summary>
    public static IReadOnlySet<string> AgainstTheSovietSide { get; } = new HashSet<string>(StringComparer.Ordinal) { Opposed, LeaderDeposed, OpposingCommander, OpposingLeader };

    /// <summary>The one role to show for an actor named several times in an episode: the first in the rules' order
    /// among those given, "involved" when none says more. Roles of background mentions should be left out first.</summary>
    internal static string Strongest(IEnumerable<string> roles, IReadOnlyList<ActorRoleRule> rules)
    {
        var given = roles.Where(r => r != Involved).ToHashSet(StringComparer.Ordinal);
        if (given.Count == 0)
            return Involved;
        // "American commander": a third state's commander ranks with the commanders.
        var sided = given.Where(r => r.EndsWith(" " + Commander, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        foreach (var rule in rules)
            foreach (var role in rule.Role switch { Commander => [SovietCommander, OpposingCommander, Commander, .. sided], Leader => [OpposingLeader, Leader], _ => new[] { rule.Role } })
                if (given.Contains(role))
                    return role;
        return given.Order(StringComparer.Ordinal).First();
    }

    /// <summary>
    /// A mention's role within one episode: a commander whose side (the country before the title, "Finnish General X",
    /// or the one he served) is a target of the episode commands the opponents, never the Soviet side; a leader who
    /// headed a target when the episode began (<paramref name="headYears"/>, curated) leads the opponents. Where the
    /// Soviet side aided the government of that country (<paramref name="aided"/>), its head is the one supported, so a
    /// role against the Soviet side read from another's acts or plans ("an invasion and overthrow of X") is not his.
    /// An actor curated as against the Soviet side (<paramref name="againstSoviets"/>) commands or leads its opponents.
    /// </summary>
    internal static string InEpisode(ActorMention mention, IReadOnlyCollection<string> targets, YearSpan? headYears = null, int firstYear = 0,
        bool againstSoviets = false, IReadOnlyCollection<string>? aided = null, string? country = null)
    {
        // "Vietnam fought against X", where the Soviet side aided Vietnam: the aided state's fight is on the Soviet side.
        var role = mention.OthersRole is { } given && mention.Side is { } actor && aided is not null && aided.Contains(actor) ? given : mention.Role;
        if (againstSoviets)
            return role switch
            {
                Commander or SovietCommander => OpposingCommander,
                Leader or SovietLeader => OpposingLeader,
                Involved => Opposed,
                _ => role,
            };
        if ((mention.OthersRole is null ? mention.Side ?? country : country) is not { } side || !targets.Contains(side))
            return role;
        var headedAtStart = headYears is { } head && (head.From ?? int.MinValue) <= firstYear && (head.To ?? int.MaxValue) >= firstYear;
        // The head of a government the Soviet side aided is the one it supported, unless the words say something else of him.
        if (aided is not null && aided.Contains(side))
            return headedAtStart && (AgainstTheSovietSide.Contains(role) || role == Involved) ? Supported : role;
        if (mention.Side is null || mention.OthersRole is not null)
            return role;
        if (role == Commander)
            return OpposingCommander;
        return role == Leader && headedAtStart ? OpposingLeader : role;
    }
}
