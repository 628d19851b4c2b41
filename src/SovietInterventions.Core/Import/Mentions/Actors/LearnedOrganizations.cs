using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Turns organization names found in the texts into actors: one per slug, the type of its head word,
/// the acronyms the texts define as aliases unless another actor or country already has that name.
/// A name that only adds its state ("Soviet 57th Special Corps") is the same body as the bare name found
/// elsewhere ("the 57th Special Corps") when only one state's form of it was found: the fuller name is kept, the bare one an alias.
/// A party's bare name is that party's only in a document that names it with its state too.
/// </summary>
internal static class LearnedOrganizations
{
    public static List<ActorEntry> From(IEnumerable<OrganizationCandidate> candidates, Gazetteer gazetteer, IReadOnlySet<string> taken)
    {
        var groups = candidates.GroupBy(c => LearnedPeople.SlugOf(c.Name)).Where(g => g.Key.Length > 0)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var bareOf = QualifiedForms(groups, gazetteer);
        var shortened = ShortenedNames(gazetteer);
        var result = new List<ActorEntry>();
        foreach (var (slug, group) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (bareOf.ContainsValue(slug) || group.Any(c => shortened.Contains(c.Name)))
                continue;
            var first = group.OrderBy(c => c.Name, StringComparer.Ordinal).First();
            var bare = bareOf.TryGetValue(slug, out var bareSlug) ? groups[bareSlug] : [];
            var acronyms = group.Concat(bare).Select(c => c.Acronym).OfType<string>().Distinct().Order(StringComparer.Ordinal)
                .Where(a => !taken.Contains(a) && !IsKnownName(a, gazetteer)).ToList();
            var aliases = bare.Select(c => c.Name).Distinct().Order(StringComparer.Ordinal).Concat(acronyms).ToList();
            var how = $"word '{first.Head}'" + (acronyms.Count > 0 ? $", defined as {string.Join(", ", acronyms)}" : "");
            result.Add(new ActorEntry(slug, first.Name, first.Type, aliases, null, HowFound: how));
        }
        return result;
    }

    /// <summary>For each name whose first words are a state's name or adjective and whose rest is another found name, that name's
    /// slug; a bare name that another found name also ends with ("Japanese 23rd Division", "Soviet 23rd Division";
    /// "Tungan 36th Division") stays apart, and so does a party's that no document names with its state: every state has its
    /// "Social Democratic Party", so the Finnish one in one text is not the "Czechoslovak Social Democratic Party" of another.</summary>
    private static Dictionary<string, string> QualifiedForms(Dictionary<string, List<OrganizationCandidate>> groups, Gazetteer gazetteer)
    {
        var pairs = new List<(string Qualified, string Bare)>();
        foreach (var (slug, group) in groups)
        {
            var folded = FoldedText.Of(group[0].Name);
            if (gazetteer.CountryNames.LongestAt(folded, 0) is not { Value.CountrySlug: not null } state || !folded.EndsWord(state.Length)
                || state.Length + 1 >= folded.Value.Length || group[0].Name[folded.OriginalSpan(state.Length, 1).Index] != ' ')
                continue;
            var bare = LearnedPeople.SlugOf(folded.Value[(state.Length + 1)..]);
            if (bare != slug && groups.TryGetValue(bare, out var bareGroup)
                && (group[0].Type != Model.ActorType.Party || bareGroup.Any(b => group.Any(q => q.Document == b.Document))))
                pairs.Add((slug, bare));
        }
        var endings = groups.Keys.SelectMany(EndingsOf).ToLookup(e => e);
        return pairs.GroupBy(p => p.Bare).Where(g => endings[g.Key].Count() == 1).ToDictionary(g => g.Single().Qualified, g => g.Key, StringComparer.Ordinal);
    }

    /// <summary>"Executive Committee" for the known "Executive Committee of the National Security Council": a known body's name cut
    /// before its "of", which the texts write once the full name is given. It is that body, not another to learn.</summary>
    private static HashSet<string> ShortenedNames(Gazetteer gazetteer) =>
        gazetteer.Actors.Where(a => a.Type != Model.ActorType.Person).SelectMany(a => a.Aliases.Prepend(a.Name))
            .Select(n => n.IndexOf(" of ", StringComparison.Ordinal) is var of and > 0 ? n[..of] : null).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>"tungan-36th-division" ends "36th-division" and "division".</summary>
    private static IEnumerable<string> EndingsOf(string slug)
    {
        for (var dash = slug.IndexOf('-'); dash >= 0; dash = slug.IndexOf('-', dash + 1))
            yield return slug[(dash + 1)..];
    }

    private static bool IsKnownName(string name, Gazetteer gazetteer)
    {
        var folded = FoldedText.Of(name);
        return gazetteer.ActorNames.LongestAt(folded, 0)?.Length == folded.Value.Length
            || gazetteer.CountryNames.LongestAt(folded, 0)?.Length == folded.Value.Length;
    }
}
