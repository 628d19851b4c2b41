using SovietInterventions.Core.Import.Mentions;

namespace SovietInterventions.Core.Import.Episodes.Merging;

/// <summary>
/// A passage of an episode that another source's passage of the same episode already says, nearly word for word (one
/// article restating another): it is told once. The restatement becomes one of the episode's shared passages, so its
/// source is still cited, and the longer telling stays in the narrative. Short lines are never folded: a few common
/// words say nothing of sameness.
/// </summary>
internal static class RestatedPassages
{
    private const int MinWords = 10;
    // The share of a passage's words the other telling must hold: "the purpose ... was to secure the oil fields" restated.
    private const double SameShare = 0.85;

    public static void Fold(EpisodeDraft episode)
    {
        var prose = episode.Passages.Where(p => !p.IsHeading).ToList();
        var words = prose.ToDictionary(p => p, Words);
        foreach (var passage in prose.OrderBy(p => words[p].Count))
        {
            var own = words[passage];
            if (own.Count < MinWords) continue;
            var fuller = prose.FirstOrDefault(other => other != passage && other.Document != passage.Document
                && episode.Passages.Contains(other) && words[other].Count >= own.Count
                && own.Count(words[other].Contains) >= SameShare * own.Count);
            if (fuller is null) continue;
            episode.Passages.Remove(passage);
            episode.SharedPassages.Add(passage);
        }
    }

    private static HashSet<string> Words(PassageDraft passage) =>
        [.. passage.Text.Split((char[])[' ', ',', '.', '(', ')', ';', ':', '"', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3).Select(w => w.ToLowerInvariant())];
}
