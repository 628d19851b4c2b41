using SovietInterventions.Core.Data;

namespace SovietInterventions.Core.Editions;

/// <summary>Every episode that differs between an older and a newer database, renamed episodes followed by their slugs.</summary>
public static class EditionComparison
{
    public static List<EpisodeDifference> Between(string olderDatabase, string newerDatabase)
    {
        using var older = PlainSql.ReadOnly(olderDatabase);
        using var newer = PlainSql.ReadOnly(newerDatabase);
        older.Open();
        newer.Open();
        var renamed = SnapshotReader.CurrentSlugs(newer);
        var after = SnapshotReader.Episodes(newer).ToDictionary(e => e.Slug);
        var olderEpisodes = SnapshotReader.Episodes(older);
        var olderSlugs = olderEpisodes.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        var before = new Dictionary<string, EpisodeSnapshot>(StringComparer.Ordinal);
        foreach (var episode in olderEpisodes)
        {
            // A renamed episode is compared under its new slug, unless the older edition already has an episode of that
            // slug or another episode was renamed to it (two episodes merged into one): then it counts as removed.
            var slug = renamed.GetValueOrDefault(episode.Slug, episode.Slug);
            if (slug != episode.Slug && (olderSlugs.Contains(slug) || before.ContainsKey(slug) || !after.ContainsKey(slug))) slug = episode.Slug;
            before[slug] = episode;
        }
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
