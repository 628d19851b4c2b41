using SovietInterventions.Core.Import.Episodes;

namespace SovietInterventions.Core.Import.Episodes.Merging;

/// <summary>
/// Merges drafts that describe the same episode in different sources: they share a target
/// country and their years overlap. The merged episode keeps every passage and source and spans
/// the union of the years (where the sources' years differ, the page says so: EpisodeFacts).
/// </summary>
internal static class EpisodeMerger
{
    public static List<EpisodeDraft> Merge(IEnumerable<EpisodeDraft> drafts)
    {
        var merged = new List<EpisodeDraft>();
        var candidates = new MergeCandidates();
        foreach (var draft in drafts.OrderBy(d => d.Start).ThenBy(d => d.Place, StringComparer.Ordinal))
        {
            // Two sections of one document are two episodes, even when they look alike, unless their headings name the same place.
            var same = candidates.For(draft);
            if (same is null)
            {
                merged.Add(draft);
                candidates.Add(draft);
                candidates.Placed(draft, draft);
                continue;
            }
            Absorb(same, draft);
            candidates.Add(same);
            candidates.Placed(draft, same);
        }
        return merged;
    }

    private static void Absorb(EpisodeDraft into, EpisodeDraft other)
    {
        foreach (var target in other.Targets.Where(t => !into.Targets.Contains(t))) into.Targets.Add(target);
        if (other.Start.CompareTo(into.Start) < 0) into.Start = other.Start;
        if (other.End.CompareTo(into.End) > 0) into.End = other.End;
        into.CommonName ??= other.CommonName;
        into.DefinedBy.AddRange(other.DefinedBy);
        foreach (var passage in other.Passages) into.Add(passage);
    }
}
