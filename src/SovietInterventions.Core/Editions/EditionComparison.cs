namespace SovietInterventions.Core.Editions;

/// <summary>Every episode that differs between an older and a newer database, renamed episodes followed by their slugs.</summary>
public static class EditionComparison
{
    public static List<EpisodeDifference> Between(string olderDatabase, string newerDatabase)
    {
        using var older = ContentHash.ReadOnlyConnection(olderDatabase);
        using var newer = ContentHash.ReadOnlyConnection(newerDatabase);
        older.Open();
        newer.Open();
        var renamed = SnapshotReader.CurrentSlugs(newer);
        var after = SnapshotReader.Episodes(newer).ToDictionary(e => e.Slug);
        var before = SnapshotReader.Episodes(older).ToDictionary(e => renamed.GetValueOrDefault(e.Slug, e.Slug) is var slug && after.ContainsKey(slug) ? slug : e.Slug);
        return before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(slug => EpisodeDifference.Between(before.GetValueOrDefault(slug), after.GetValueOrDefault(slug)))
            .Where(d => d.Changed).ToList();
    }

    public static EditionChanges Summary(string previousId, IReadOnlyList<EpisodeDifference> differences) => new(
        previousId,
        [.. differences.Where(d => d.Added).Select(d => d.Slug)],
        [.. differences.Where(d => d.Removed).Select(d => d.Slug)],
        [.. differences.Where(d => !d.Added && !d.Removed).Select(d => d.Slug)]);
}
