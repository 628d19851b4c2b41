using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Turns organization names found in the texts into actors: one per slug, the type of its head word,
/// the acronyms the texts define as aliases unless another actor or country already has that name.
/// </summary>
internal static class LearnedOrganizations
{
    public static List<ActorEntry> From(IEnumerable<OrganizationCandidate> candidates, Gazetteer gazetteer, IReadOnlySet<string> taken)
    {
        var result = new List<ActorEntry>();
        foreach (var group in candidates.GroupBy(c => LearnedPeople.SlugOf(c.Name)).Where(g => g.Key.Length > 0).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.OrderBy(c => c.Name, StringComparer.Ordinal).First();
            var acronyms = group.Select(c => c.Acronym).OfType<string>().Distinct().Order(StringComparer.Ordinal)
                .Where(a => !taken.Contains(a) && !IsKnownName(a, gazetteer)).ToList();
            var how = $"word '{first.Head}'" + (acronyms.Count > 0 ? $", defined as {string.Join(", ", acronyms)}" : "");
            result.Add(new ActorEntry(group.Key, first.Name, first.Type, acronyms, null, HowFound: how));
        }
        return result;
    }

    private static bool IsKnownName(string name, Gazetteer gazetteer)
    {
        var folded = FoldedText.Of(name);
        return gazetteer.ActorNames.LongestAt(folded, 0)?.Length == folded.Value.Length
            || gazetteer.CountryNames.LongestAt(folded, 0)?.Length == folded.Value.Length;
    }
}
