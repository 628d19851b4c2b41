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

/// <summary>
/// The result of a search: how many episodes match (Total), the hits of the range asked for, in order, and the facets
/// when asked for. Message explains a query that had nothing searchable in it.
/// </summary>
public sealed record SearchResult(EpisodeFilter Filter, int Total, IReadOnlyList<SearchHit> Hits, Facets Facets, string? Message)
{
    public bool TextIgnored => Message is not null;
}

/// <summary>
/// Runs a filter with an optional text query: FTS5 (bm25 ranking, snippets) for the text, LINQ for the filters.
/// When the filters leave few episodes they run first and FTS5 looks only at those; otherwise every match is ranked
/// (bm25 only) and the filters narrow the result. Only the matches' ids, years and kinds are read for all of them;
/// the hits shown are read with their countries and snippets, and country facets are counted in SQL.
/// </summary>
public sealed partial class EpisodeSearch(EncyclopediaDb db, ILogger<EpisodeSearch> logger)
{
    public const string NothingSearchable = "Your search has no letters or digits to look for, so only the filters were applied.";

    /// <summary>Up to this many filtered episodes, FTS5 is asked about each one (cheap each); above it, it ranks all matches once.</summary>
    const int FiltersFirstLimit = 64;

    /// <summary>A match's bm25 rank, and its snippet when the filters ran first (one FTS5 pass per id for both).</summary>
    sealed record RankRow(int Id, double Rank, string? Snippet);
    /// <summary>What is read of every match: enough to order them and count decades and kinds.</summary>
    sealed record MatchRow(int Id, int StartYear, int EndYear, EpisodeKind Kind);

    /// <param name="range">Which matches (after ordering) are read as hits, with snippets; all of them when null.</param>
    /// <param name="facets">Whether to count the matches by target country, decade and kind.</param>
    public async Task<SearchResult> RunAsync(EpisodeFilter filter, CancellationToken cancel = default, Range? range = null, bool facets = false)
    {
        var (episodes, match, ranks, message, known, snippets) = await MatchAsync(filter, cancel);
        var rows = ranks is null
            ? await EpisodeListItem.InTimeOrder(episodes).Select(e => new MatchRow(e.Id, e.StartYear, e.EndYear, e.Kind)).ToListAsync(cancel)
            // Best match first for text; otherwise time order from the query.
            : [.. (known ?? await episodes.Select(e => new MatchRow(e.Id, e.StartYear, e.EndYear, e.Kind)).ToListAsync(cancel))
                .OrderBy(r => ranks.GetValueOrDefault(r.Id)).ThenBy(r => r.StartYear)];

        var (from, to) = Bounds(range ?? Range.All, rows.Count);
        var shown = rows.GetRange(from, to - from).ConvertAll(r => r.Id);
        var texts = match is null || shown.Count == 0 ? [] : snippets ?? await SnippetsAsync(match, shown, cancel);
        var hits = await HitsAsync(shown, id => texts.GetValueOrDefault(id), id => ranks?.GetValueOrDefault(id) ?? 0, cancel);
        var counted = facets ? await CountAsync(rows, cancel) : Facets.None;
        return new SearchResult(filter, rows.Count, hits, counted, message);
    }

    /// <summary>What matches: the query, the text's bm25 ranks, and the rows themselves when already read.</summary>
    sealed record Matching(IQueryable<Episode> Episodes, string? Match, Dictionary<int, double>? Ranks, string? Message, List<MatchRow>? Rows,
        Dictionary<int, string>? Snippets = null);

    /// <summary>The episodes that match the filters and the text, with bm25 ranks when there is text to rank by.</summary>
    async Task<Matching> MatchAsync(EpisodeFilter filter, CancellationToken cancel)
    {
        var episodes = filter.Apply(db);
        if (filter.Q is null) return new(episodes, null, null, null, null);
        if (FtsQuery.Build(filter.Q) is not { } match) return new(episodes, null, null, NothingSearchable, null);
        List<MatchRow>? within = null;
        if (!(filter with { Q = null }).IsEmpty)
        {
            // No order: either all of them fit, or the list is not used. (Ordering would keep SQLite off the decade index.)
            var few = await episodes.Select(e => new MatchRow(e.Id, e.StartYear, e.EndYear, e.Kind)).Take(FiltersFirstLimit + 1).ToListAsync(cancel);
            if (few.Count <= FiltersFirstLimit) within = few;
        }
        var ranked = await RankAsync(match, within?.ConvertAll(r => r.Id), cancel);
        var ranks = ranked.ToDictionary(r => r.Id, r => r.Rank);
        // The filters' few rows are all there is to read: those the text matches are the result, their snippets already made.
        if (within is not null || ranks.Count == 0)
            return new(episodes, match, ranks, null, within?.FindAll(r => ranks.ContainsKey(r.Id)) ?? [], ranked.ToDictionary(r => r.Id, r => r.Snippet ?? ""));
        // Thousands of ids as parameters would make a new statement each time: the match stays in SQL instead.
        var matching = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM episode_search WHERE episode_search MATCH {match}");
        return new(episodes.Where(e => matching.Contains(e.Id)), match, ranks, null, null);
    }

    static (int From, int To) Bounds(Range range, int count)
    {
        var from = Math.Min(range.Start.GetOffset(count), count);
        return (from, Math.Clamp(range.End.GetOffset(count), from, count));
    }

    /// <summary>The hits shown, read by id with their countries, in the order of <paramref name="ids"/>.</summary>
    async Task<List<SearchHit>> HitsAsync(List<int> ids, Func<int, string?> snippet, Func<int, double> rank, CancellationToken cancel)
    {
        if (ids.Count == 0) return [];
        var rows = await db.Episodes.Where(e => EF.Parameter(ids).Contains(e.Id))
            .Select(e => new
            {
                e.Id, e.Slug, e.Title, e.Kind, e.Start, e.End, e.StartYear, e.EndYear,
                Countries = e.Countries.OrderBy(c => c.Role).ThenBy(c => c.Country.Name).Select(c => new CountryName(c.Country.Slug, c.Country.Name, c.Role == CountryRole.Target)).ToList(),
            })
            .AsSplitQuery()
            .ToDictionaryAsync(r => r.Id, cancel);
        return ids.ConvertAll(id =>
        {
            var r = rows[id];
            return new SearchHit(r.Id, r.Slug, r.Title, r.Kind, r.Start, r.End, r.StartYear, r.EndYear, r.Countries, snippet(id), rank(id));
        });
    }

    /// <summary>
    /// Target countries counted in SQL, GROUP BY over the matches' ids (one JSON parameter, each id found by the primary
    /// key: the filter and the text are not run again); decades and kinds from the rows already read.
    /// </summary>
    async Task<Facets> CountAsync(List<MatchRow> rows, CancellationToken cancel)
    {
        if (rows.Count == 0) return Facets.None;
        var ids = rows.ConvertAll(r => r.Id);
        var countries = await db.EpisodeCountries
            .Where(c => c.Role == CountryRole.Target && EF.Parameter(ids).Contains(c.EpisodeId))
            .GroupBy(c => c.CountryId)
            .Select(g => new { CountryId = g.Key, Count = g.Count() })
            .Join(db.Countries, g => g.CountryId, c => c.Id, (g, c) => new FacetValue(c.Slug, c.Name, g.Count))
            .ToListAsync(cancel);
        return Facets.Of(countries, rows.ConvertAll(r => (r.StartYear, r.EndYear, r.Kind)));
    }

    /// <summary>Every match ranked (no snippets: thousands would each be tokenized), or the few filtered ids ranked with their snippets.</summary>
    async Task<List<RankRow>> RankAsync(string match, List<int>? within, CancellationToken cancel) =>
        // The match expression is a parameter; FtsQuery made it safe to parse as well.
        await FtsAsync(within is null
            ? db.Database.SqlQuery<RankRow>($"""
                SELECT rowid AS Id, bm25(episode_search, 0.0, 10.0, 5.0, 1.0, 3.0) AS Rank, NULL AS Snippet
                FROM episode_search WHERE episode_search MATCH {match}
                """)
            : Among(match, within), match, cancel);

    async Task<Dictionary<int, string>> SnippetsAsync(string match, List<int> ids, CancellationToken cancel) =>
        ids.Count == 0 ? [] : (await FtsAsync(Among(match, ids), match, cancel)).ToDictionary(r => r.Id, r => r.Snippet ?? "");

    /// <summary>
    /// The given ids that match, ranked, with snippets. One id is looked up by rowid. Several are one pass over the
    /// match with the ids as a plain filter ('+rowid'): given them as a rowid constraint, FTS5 opens a cursor per id,
    /// and each cursor reads the term's whole list again (every term of a prefix) and bm25 counts its documents again:
    /// 0.7-1.4 s for 64 ids of "soviet*" on 10 000 episodes, against 15 ms in one pass (docs/benchmarks.md).
    /// </summary>
    IQueryable<RankRow> Among(string match, List<int> ids) => ids.Count == 1
        ? db.Database.SqlQuery<RankRow>($"""
            SELECT rowid AS Id, bm25(episode_search, 0.0, 10.0, 5.0, 1.0, 3.0) AS Rank,
                snippet(episode_search, -1, char(2), char(3), '…', 24) AS Snippet
            FROM episode_search WHERE episode_search MATCH {match} AND rowid = {ids[0]}
            """)
        : db.Database.SqlQuery<RankRow>($"""
            SELECT rowid AS Id, bm25(episode_search, 0.0, 10.0, 5.0, 1.0, 3.0) AS Rank,
                snippet(episode_search, -1, char(2), char(3), '…', 24) AS Snippet
            FROM episode_search WHERE episode_search MATCH {match} AND +rowid IN (SELECT value FROM json_each({Json(ids)}))
            """);

    static string Json(List<int> ids) => PlainQueries.Json(ids);

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
