using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Search;

/// <summary>A found episode with what the result list shows; Rank is bm25 (lower is better), 0 without text.</summary>
public sealed record SearchHit(int Id, string Slug, string Title, EpisodeKind Kind, string Start, string? End,
    int StartYear, int EndYear, IReadOnlyList<CountryName> Countries, string? Snippet, double Rank);

public sealed record CountryName(string Slug, string Name, bool IsTarget);

/// <summary>The result of a search; Message explains a query that had nothing searchable in it.</summary>
public sealed record SearchResult(EpisodeFilter Filter, IReadOnlyList<SearchHit> Hits, string? Message)
{
    public bool TextIgnored => Message is not null;
}

/// <summary>
/// Runs a filter with an optional text query: FTS5 (bm25 ranking, snippets) for the text, LINQ for the filters.
/// When the filters leave few episodes they run first and FTS5 looks only at those; otherwise every match is ranked
/// (bm25 only) and the filters narrow the result. Snippets, the costly part, are made only for the hits shown.
/// </summary>
public sealed class EpisodeSearch(EncyclopediaDb db, ILogger<EpisodeSearch> logger)
{
    public const string NothingSearchable = "Your search has no letters or digits to look for, so only the filters were applied.";

    /// <summary>Up to this many filtered episodes, FTS5 is asked about each one (cheap each); above it, it ranks all matches once.</summary>
    const int FiltersFirstLimit = 64;

    sealed record RankRow(int Id, double Rank);
    sealed record SnippetRow(int Id, string Snippet);

    /// <param name="snippets">Which hits (after ordering) get a snippet; all of them when null.</param>
    public async Task<SearchResult> RunAsync(EpisodeFilter filter, CancellationToken cancel = default, Range? snippets = null)
    {
        string? message = null;
        string? match = null;
        Dictionary<int, double>? ranks = null;
        var episodes = filter.Apply(db);
        if (filter.Q is not null)
        {
            match = FtsQuery.Build(filter.Q);
            if (match is null) message = NothingSearchable;
            else
            {
                List<int>? within = null;
                if (!(filter with { Q = null }).IsEmpty)
                {
                    // No order: either all of them fit, or the list is not used. (Ordering would keep SQLite off the decade index.)
                    var few = await episodes.Select(e => e.Id).Take(FiltersFirstLimit + 1).ToListAsync(cancel);
                    if (few.Count <= FiltersFirstLimit) within = few;
                }
                ranks = await RankAsync(match, within, cancel);
                if (ranks.Count == 0) episodes = episodes.Where(e => false);
                else if (within is not null)
                {
                    var ids = ranks.Keys.ToList();
                    episodes = episodes.Where(e => ids.Contains(e.Id));
                }
                else
                {
                    // Thousands of ids as parameters would make a new statement each time: the match stays in SQL instead.
                    var matching = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM episode_search WHERE episode_search MATCH {match}");
                    episodes = episodes.Where(e => matching.Contains(e.Id));
                }
            }
        }

        var rows = await EpisodeListItem.InTimeOrder(episodes)
            .Select(e => new
            {
                e.Id, e.Slug, e.Title, e.Kind, e.Start, e.End, e.StartYear, e.EndYear,
                Countries = e.Countries.OrderBy(c => c.Role).ThenBy(c => c.Country.Name).Select(c => new CountryName(c.Country.Slug, c.Country.Name, c.Role == CountryRole.Target)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancel);

        var hits = rows.Select(r => new SearchHit(r.Id, r.Slug, r.Title, r.Kind, r.Start, r.End, r.StartYear, r.EndYear, r.Countries,
            null, ranks?.GetValueOrDefault(r.Id) ?? 0));
        // Best match first for text; otherwise time order from the query.
        var ordered = ranks is null ? hits.ToList() : [.. hits.OrderBy(h => h.Rank).ThenBy(h => h.StartYear)];
        if (match is not null && ordered.Count > 0)
        {
            var range = snippets ?? Range.All;
            var from = Math.Min(range.Start.GetOffset(ordered.Count), ordered.Count);
            var to = Math.Clamp(range.End.GetOffset(ordered.Count), from, ordered.Count);
            var texts = await SnippetsAsync(match, [.. ordered.Skip(from).Take(to - from).Select(h => h.Id)], cancel);
            ordered = [.. ordered.Select(h => texts.TryGetValue(h.Id, out var text) ? h with { Snippet = text } : h)];
        }
        return new SearchResult(filter, ordered, message);
    }

    async Task<Dictionary<int, double>> RankAsync(string match, List<int>? within, CancellationToken cancel)
    {
        // The match expression is a parameter; FtsQuery made it safe to parse as well.
        var rows = await FtsAsync(within is null
            ? db.Database.SqlQuery<RankRow>($"""
                SELECT rowid AS Id, bm25(episode_search, 0.0, 10.0, 5.0, 1.0, 3.0) AS Rank
                FROM episode_search WHERE episode_search MATCH {match}
                """)
            : db.Database.SqlQuery<RankRow>($"""
                SELECT rowid AS Id, bm25(episode_search, 0.0, 10.0, 5.0, 1.0, 3.0) AS Rank
                FROM episode_search WHERE episode_search MATCH {match} AND rowid IN (SELECT value FROM json_each({Json(within)}))
                """), match, cancel);
        return rows.ToDictionary(r => r.Id, r => r.Rank);
    }

    async Task<Dictionary<int, string>> SnippetsAsync(string match, List<int> ids, CancellationToken cancel)
    {
        if (ids.Count == 0) return [];
        var rows = await FtsAsync(db.Database.SqlQuery<SnippetRow>($"""
            SELECT rowid AS Id, snippet(episode_search, -1, char(2), char(3), '…', 24) AS Snippet
            FROM episode_search WHERE episode_search MATCH {match} AND rowid IN (SELECT value FROM json_each({Json(ids)}))
            """), match, cancel);
        return rows.ToDictionary(r => r.Id, r => r.Snippet);
    }

    static string Json(List<int> ids) => System.Text.Json.JsonSerializer.Serialize(ids);

    async Task<List<T>> FtsAsync<T>(IQueryable<T> query, string match, CancellationToken cancel)
    {
        try
        {
            return await query.ToListAsync(cancel);
        }
        catch (SqliteException e)
        {
            // A missing index or an FTS5 parse error must not become a 500: treat it as no text match.
            logger.LogWarning(e, "Full-text search failed for {Match}", match);
            return [];
        }
    }
}
