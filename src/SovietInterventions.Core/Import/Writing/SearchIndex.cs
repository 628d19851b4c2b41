using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// Builds the SQLite FTS5 index the search page reads: one row per episode with its title,
/// summary, passages and the names (with aliases and historical names) of its countries and actors.
/// </summary>
public static class SearchIndex
{
    public const string Table = "episode_search";

    public static void Build(EncyclopediaDb db)
    {
        db.Database.ExecuteSqlRaw($"""
            CREATE VIRTUAL TABLE {Table} USING fts5(
                slug UNINDEXED, title, summary, body, names,
                tokenize = 'unicode61 remove_diacritics 2');
            """);
        var rows = db.Episodes.AsNoTracking().OrderBy(e => e.Id).Select(e => new
        {
            e.Id,
            e.Slug,
            e.Title,
            e.Summary,
            Body = e.Passages.OrderBy(p => p.SourceDocumentId).ThenBy(p => p.Position).Select(p => p.Text).ToList(),
            Countries = e.Countries.Select(c => new
            {
                c.Country.Name,
                Aliases = c.Country.Aliases.Select(a => a.Name).ToList(),
                Predecessors = c.Country.Predecessors.Select(p => p.Historical.Name).ToList(),
            }).ToList(),
            Actors = e.Actors.Select(a => new { a.Actor.Name, Aliases = a.Actor.Aliases.Select(x => x.Name).ToList() }).ToList(),
        }).ToList();

        using var transaction = db.Database.BeginTransaction();
        foreach (var row in rows)
        {
            var names = row.Countries.SelectMany(c => c.Aliases.Append(c.Name).Concat(c.Predecessors))
                .Concat(row.Actors.SelectMany(a => a.Aliases.Append(a.Name)));
            db.Database.ExecuteSql($"""
                INSERT INTO episode_search(rowid, slug, title, summary, body, names)
                VALUES ({row.Id}, {row.Slug}, {row.Title}, {row.Summary}, {string.Join("\n", row.Body)}, {string.Join("; ", names)})
                """);
        }
        transaction.Commit();
    }
}
