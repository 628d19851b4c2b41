using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// "Gen. Petrov": a surname written alone after a title, that ends the name of exactly one known person and is no
/// other name (a country, a place, another actor's alias), is that person; the texts' other mentions of it are too.
/// </summary>
internal static class TitledSurnames
{
    public static List<(string Surname, ActorEntry Actor)> From(IEnumerable<PersonCandidate> candidates, Gazetteer gazetteer)
    {
        var written = candidates.Select(c => c.Name).Where(n => !n.Contains(' ', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        if (written.Count == 0)
            return [];
        return [.. gazetteer.Actors.Where(a => a.Type == ActorType.Person)
            .GroupBy(a => a.Name.Split(' ')[^1], StringComparer.Ordinal)
            .Where(g => g.Count() == 1 && written.Contains(g.Key) && !IsAName(g.Key, gazetteer))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First()))];
    }

    private static bool IsAName(string word, Gazetteer gazetteer)
    {
        var folded = FoldedText.Of(word);
        return gazetteer.ActorNames.LongestAt(folded, 0)?.Length == folded.Value.Length
            || gazetteer.CountryNames.LongestAt(folded, 0)?.Length == folded.Value.Length
            || gazetteer.NotNameWords.Contains(word);
    }
}
