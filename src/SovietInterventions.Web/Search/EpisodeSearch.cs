using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pages.Shared;

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

/// <summary>Runs a filter with an optional text query: FTS5 (bm25 ranking, snippets) for the text, LINQ for the filters.</summary>
public sealed class EpisodeSearch(EncyclopediaDb db, ILogger<EpisodeSearch> logger)
{
    public const string NothingSearchable = "Your search has no letters or digits to look for, so only the filters were applied.";

    sealed record FtsRow(int Id, double Rank, string Snippet);

    public async Task<SearchResult> RunAsync(EpisodeFilter filter, CancellationToken cancel = default)
    {
        string? message = null;
        Dictionary<int, FtsRow>? text = null;
        if (filter.Q is not null)
        {
            var match = FtsQuery.Build(filter.Q);
            if (match is null) message = NothingSearchable;
            else text = await MatchAsync(match, cancel);
        }

        var episodes = filter.Apply(db.Episodes);
        if (text is not null)
        {
            var ids = text.Keys.ToList();
            episodes = episodes.Where(e => ids.Contains(e.Id));
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
            text?.GetValueOrDefault(r.Id)?.Snippet, text?.GetValueOrDefault(r.Id)?.Rank ?? 0));
        // Best match first for text; otherwise time order from the query.
        var ordered = text is null ? hits.ToList() : [.. hits.OrderBy(h => h.Rank).ThenBy(h => h.StartYear)];
        return new SearchResult(filter, ordered, message);
    }

    async Task<Dictionary<int, FtsRow>> MatchAsync(string match, CancellationToken cancel)
    {
        try
        {
            // The match expression is a parameter; FtsQuery made it safe to parse as well.
            var rows = await db.Database.SqlQuery<FtsRow>($"""
                SELECT rowid AS Id, bm25(episode_search, 0.0, 10.0, 5.0, 1.0, 3.0) AS Rank,
                       snippet(episode_search, -1, char(2), char(3), '…', 24) AS Snippet
                FROM episode_search WHERE episode_search MATCH {match}
                """).ToListAsync(cancel);
            return rows.ToDictionary(r => r.Id);
        }
        catch (SqliteException e)
        {
            // A missing index or an FTS5 parse error must not become a 500: treat it as no text match.
            logger.LogWarning(e, "Full-text search failed for {Match}", match);
            return [];
        }
    }
}
