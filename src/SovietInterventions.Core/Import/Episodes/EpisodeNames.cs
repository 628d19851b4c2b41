using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>
/// The sources' own name for an episode: the title of a document whose opening lines make one of the episode's claims,
/// when that title is a name of the forms in data/claim-rules.json ("Continuation War", "Cuban Missile Crisis",
/// "Operation Whirlwind") and names no country but the episode's places and the Soviet side ("Hungarian Revolution" is
/// no head; a title that is a description, "Military occupations by the Soviet Union", is no name).
/// </summary>
internal sealed class EpisodeNames(ClaimRules rules, CountryFinder countries, IReadOnlySet<string> interveners)
{
    private const int MaxWords = 6;
    private static readonly HashSet<string> Joiners = new(["of", "the", "and", "in", "on"], StringComparer.Ordinal);

    /// <summary>Names the episodes that have no name yet; one title names one episode, the one most of its opening claims are about.</summary>
    public void Name(IReadOnlyList<EpisodeDraft> unnamed, IReadOnlyDictionary<EpisodeDraft, List<Claim>> owned)
    {
        var candidates = unnamed.SelectMany(e => Opening(owned.GetValueOrDefault(e) ?? [])
                .GroupBy(c => c.Passage.Document.Title)
                .Select(g => (Episode: e, Name: Name(g.Key), Count: g.Count(), First: g.Min(c => c.Passage.Position))))
            .Where(x => x.Name is not null && NamesOnly(x.Name, x.Episode))
            .OrderByDescending(x => x.Count).ThenBy(x => x.First).ThenBy(x => x.Episode.StartYear);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (episode, name, _, _) in candidates)
            if (episode.CommonName is null && used.Add(name!)) episode.CommonName = name;
    }

    private static IEnumerable<Claim> Opening(IEnumerable<Claim> claims) =>
        claims.Where(c => c.Role is ActRole.Intervention or ActRole.Defence && c.Passage.Block.Headings.Count <= 1);

    /// <summary>The title as a name ("1979 Soviet–Afghan War 1989" → "Soviet–Afghan War"), or null when it is none.</summary>
    public string? Name(string title)
    {
        var words = SectionMarker.Strip(title).Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(IsYear).Reverse().SkipWhile(IsYear).Reverse().ToList();
        if (words.Count is 0 or > MaxWords) return null;
        if (!words.All(w => char.IsUpper(w[0]) || Joiners.Contains(w)) || Joiners.Contains(words[^1])) return null;
        var named = rules.NameHeads.Contains(words[^1]) && words.Count > 1 || rules.NamePrefixes.Contains(words[0]) && words.Count > 1;
        return named ? string.Join(' ', words) : null;
    }

    private bool NamesOnly(string name, EpisodeDraft episode) => countries.Find(name).All(m =>
        episode.Targets.Contains(m.CountrySlug) || interveners.Contains(m.CountrySlug) || rules.AgentCountries.Contains(m.CountrySlug));

    private static bool IsYear(string word) => word.Trim('(', ')', ',', '–', '-').Length == 4 && word.Trim('(', ')', ',', '–', '-').All(char.IsDigit);
}
