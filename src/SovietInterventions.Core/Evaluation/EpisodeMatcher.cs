namespace SovietInterventions.Core.Evaluation;

/// <summary>
/// Matches annotated to imported episodes one to one: a pair is possible when they share a target country (or a historical
/// state and its successor) and their years overlap. As many annotated episodes as possible are matched (augmenting paths),
/// each trying its closest candidates first; the same inputs always give the same pairs.
/// </summary>
internal sealed class EpisodeMatcher(CountryKinship kinship)
{
    public bool Compatible(IReadOnlyList<string> targets, int start, int end, ImportedEpisode imported) =>
        start <= imported.EndYear && imported.StartYear <= end && targets.Any(t => imported.Targets.Any(i => kinship.Same(t, i)));

    /// <summary>For each annotated episode (by index), the index of its imported episode or -1.</summary>
    public int[] Match(IReadOnlyList<AnnotatedEpisode> annotated, IReadOnlyList<ImportedEpisode> imported)
    {
        var candidates = annotated.Select(a => Enumerable.Range(0, imported.Count)
            .Where(i => Compatible(a.Targets, a.Start, a.EndYear, imported[i]))
            .OrderBy(i => Distance(a, imported[i])).ThenBy(i => imported[i].Slug, StringComparer.Ordinal).ToList()).ToList();
        var owner = Enumerable.Repeat(-1, imported.Count).ToArray();
        foreach (var a in Enumerable.Range(0, annotated.Count).OrderBy(a => candidates[a].Count).ThenBy(a => a))
            TryAssign(a, candidates, owner, new bool[imported.Count]);

        var result = Enumerable.Repeat(-1, annotated.Count).ToArray();
        for (var i = 0; i < owner.Length; i++)
            if (owner[i] >= 0) result[owner[i]] = i;
        return result;
    }

    private static bool TryAssign(int a, List<List<int>> candidates, int[] owner, bool[] visited)
    {
        foreach (var i in candidates[a])
        {
            if (visited[i]) continue;
            visited[i] = true;
            if (owner[i] < 0 || TryAssign(owner[i], candidates, owner, visited))
            {
                owner[i] = a;
                return true;
            }
        }
        return false;
    }

    // Closest first: years off by the fewest, then the fewest targets that are not the annotation's.
    private int Distance(AnnotatedEpisode a, ImportedEpisode i) =>
        (Math.Abs(a.Start - i.StartYear) + Math.Abs(a.EndYear - i.EndYear)) * 100
        + i.Targets.Count(t => !a.Targets.Any(x => kinship.Same(x, t)));
}
