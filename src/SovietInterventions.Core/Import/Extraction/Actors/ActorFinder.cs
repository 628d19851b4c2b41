using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Extraction.Actors;

/// <summary>
/// Finds people and organizations in a text, with the role the surrounding words give them.
/// <see cref="Learn"/> first reads every text of the import to learn people the gazetteer lacks;
/// <see cref="Find"/> then knows them too, by full name or surname.
/// </summary>
internal sealed class ActorFinder
{
    private readonly Gazetteer gazetteer;
    private readonly ActorDiscovery discovery;
    private readonly RolePatterns roles;
    private readonly CommanderSide sides;
    private NameTable<ActorName> names;

    public ActorFinder(Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        discovery = new ActorDiscovery(gazetteer);
        roles = new RolePatterns(gazetteer.RoleRules);
        sides = new CommanderSide(gazetteer);
        names = gazetteer.ActorNames;
    }

    /// <summary>Discovered people and organizations, sorted by slug, each with type from its title or head word.</summary>
    public IReadOnlyList<ActorEntry> Learned { get; private set; } = [];

    /// <summary>Historians and authors the texts cite for an opinion: never actors.</summary>
    public IReadOnlyCollection<string> CitedAuthors => discovery.Cited;

    /// <summary>Learns from titles in the texts; repeated calls add to what was learned, in any order with the same result.</summary>
    public void Learn(IEnumerable<string> texts)
    {
        foreach (var text in texts)
            discovery.Read(text);
        Learned = discovery.Learned();
        names = Learned.Count == 0 ? gazetteer.ActorNames : new NameTable<ActorName>(ActorName.All(gazetteer, Learned));
    }

    public IReadOnlyList<ActorMention> Find(string text)
    {
        var folded = FoldedText.Of(text);
        var matches = names.Matches(folded).Where(m => m.Value.Actor is not null).ToList();
        var lower = matches.Count > 0 ? folded.Lower() : folded;
        var mentions = new List<ActorMention>(matches.Count);
        for (var i = 0; i < matches.Count; i++)
        {
            var (match, actor) = (matches[i], matches[i].Value.Actor!);
            var from = i > 0 ? matches[i - 1].Start + matches[i - 1].Length : 0;
            var to = i + 1 < matches.Count ? matches[i + 1].Start : folded.Value.Length;
            var role = roles.RoleOf(lower, match.Start, match.Length, actor.Type, from, to);
            var side = role == ActorRoles.Commander ? sides.Of(folded, match.Start, match.Start + match.Length) : null;
            if (side is not null && sides.IsIntervener(side))
                role = ActorRoles.SovietCommander;
            var (index, length) = folded.OriginalSpan(match.Start, match.Length);
            mentions.Add(new ActorMention(actor.Slug, actor.Name, text.Substring(index, length), index, length, actor.Type, match.Value.Discovered, role, side));
        }
        return mentions;
    }
}
