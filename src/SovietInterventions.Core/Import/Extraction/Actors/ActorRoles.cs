using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Extraction.Actors;

/// <summary>
/// Roles across mentions and episodes: the role vocabulary is data/actor-roles.json, whose order is the priority
/// of roles ("executed" before "leader installed" before "supported"); "involved" only where nothing more is said.
/// </summary>
internal static class ActorRoles
{
    public const string Involved = RolePatterns.DefaultRole;
    public const string Commander = "commander";
    public const string SovietCommander = "Soviet commander";
    public const string OpposingCommander = "opposing commander";
    /// <summary>Named in background or commentary only ("named after", "condemned"): listed as also mentioned.</summary>
    public const string Mentioned = "mentioned";

    /// <summary>The one role to show for an actor named several times in an episode: the first in the rules' order
    /// among those given, "involved" when none says more. Roles of background mentions should be left out first.</summary>
    public static string Strongest(IEnumerable<string> roles, IReadOnlyList<ActorRoleRule> rules)
    {
        var given = roles.Where(r => r != Involved).ToHashSet(StringComparer.Ordinal);
        if (given.Count == 0)
            return Involved;
        foreach (var rule in rules)
            foreach (var role in rule.Role == Commander ? [SovietCommander, OpposingCommander, Commander] : new[] { rule.Role })
                if (given.Contains(role))
                    return role;
        return given.Order(StringComparer.Ordinal).First();
    }

    /// <summary>
    /// A mention's role within one episode: a commander whose side (the country before the title, "Finnish General X")
    /// is a target of the episode commands the opponents, never the Soviet side.
    /// </summary>
    public static string InEpisode(ActorMention mention, IReadOnlyCollection<string> targets) =>
        mention.Role == Commander && mention.Side is { } side && targets.Contains(side) ? OpposingCommander : mention.Role;
}
