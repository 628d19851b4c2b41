using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Core.Editions;

/// <summary>Every episode that differs between an older and a newer database, renamed episodes followed by their slugs.</summary>
public static class EditionComparison
{
    public static List<EpisodeDifference> Between(string olderDatabase, string newerDatabase)
    {
        using var older = Open(olderDatabase);
        using var newer = Open(newerDatabase);
        return Between(older, newer);
    }

    public static List<EpisodeDifference> Between(EncyclopediaDb older, EncyclopediaDb newer)
    {
        var renamed = EpisodeSnapshot.CurrentSlugs(newer);
        var after = EpisodeSnapshot.Load(newer).ToDictionary(e => e.Slug);
        var before = EpisodeSnapshot.Load(older).ToDictionary(e => renamed.GetValueOrDefault(e.Slug, e.Slug) is var slug && after.ContainsKey(slug) ? slug : e.Slug);
        return before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(slug => EpisodeDifference.Between(before.GetValueOrDefault(slug), after.GetValueOrDefault(slug)))
            .Where(d => d.Changed).ToList();
    }

    public static EditionChanges Summary(string previousId, IReadOnlyList<EpisodeDifference> differences) => new(
        previousId,
        [.. differences.Where(d => d.Added).Select(d => d.Slug)],
        [.. differences.Where(d => d.Removed).Select(d => d.Slug)],
        [.. differences.Where(d => !d.Added && !d.Removed).Select(d => d.Slug)]);

    /// <summary>Read-only and unpooled: an edition file is opened once and let go.</summary>
    public static EncyclopediaDb Open(string databasePath) => new(new DbContextOptionsBuilder<EncyclopediaDb>()
        .UseSqlite(ContentHash.ReadOnlyConnection(databasePath).ConnectionString)
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options);
}
