using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Finds people by an apposition that gives their role: "Cai Yunsheng, the Manchurian commander" or
/// "Ion Popescu, a former minister" (a title of data/actor-titles.json within four words after "the", "a" or "an").
/// The same shape with an author's title ("X, a historian") marks a cited author instead. Two to four name words.
/// </summary>
internal sealed class AppositionDiscovery
{
    private const int MaxWordsBeforeRole = 4;
    private static readonly string[] Articles = ["the ", "a ", "an "];

    private readonly PersonDiscovery names;
    private readonly NameTable<ActorTitle?> roles;

    public AppositionDiscovery(Gazetteer gazetteer, PersonDiscovery names)
    {
        this.names = names;
        roles = new NameTable<ActorTitle?>(gazetteer.Titles.Where(t => t.Type == Model.ActorType.Person)
            .Select(t => (t.Title.ToLowerInvariant(), (ActorTitle?)t))
            .Concat(gazetteer.Discovery.AuthorTitles.Select(a => (a.ToLowerInvariant(), (ActorTitle?)null))));
    }

    /// <summary>The people found, and for each the title of the apposition, or null for a cited author.</summary>
    public IEnumerable<(string Name, ActorTitle? Title)> Find(FoldedText folded)
    {
        var lower = folded.Lower();
        var value = lower.Value;
        for (var comma = value.IndexOf(", ", StringComparison.Ordinal); comma > 0; comma = value.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            var article = Articles.FirstOrDefault(a => value.AsSpan(comma + 2).StartsWith(a, StringComparison.Ordinal));
            if (article is null || RoleAfter(lower, comma + 2 + article.Length) is not { } role)
                continue;
            if (names.NameBefore(folded, comma) is { } name)
                yield return (name, role.Value);
        }
    }

    private NameMatch<ActorTitle?>? RoleAfter(FoldedText lower, int position)
    {
        var text = lower.Value;
        for (var words = 0; words < MaxWordsBeforeRole && position < text.Length; words++)
        {
            if (roles.LongestAt(lower, position) is { } role)
                return role;
            var next = position;
            while (next < text.Length && char.IsLetterOrDigit(text[next]) || next < text.Length && text[next] is '-' or '\'')
                next++;
            if (next >= text.Length || text[next] != ' ')
                return null;
            position = next + 1;
        }
        return null;
    }
}
