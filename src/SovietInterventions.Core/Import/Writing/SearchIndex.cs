using Microsoft.Data.Sqlite;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// Builds the SQLite FTS5 index the search page reads: one row per episode (rowid = episode id)
/// with its title, summary, passages and the names, aliases and historical names of its countries
/// and actors, so that "Kampuchea" finds Cambodia and "Tito" finds Yugoslavia.
/// </summary>
internal static class SearchIndex
{
    public const string Table = "episode_search";

    public static void Build(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            CREATE VIRTUAL TABLE {Table} USING fts5(
                slug UNINDEXED, title, summary, body, names,
                tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO {Table}(rowid, slug, title, summary, body, names)
            SELECT e.Id, e.Slug, e.Title, e.Summary,
                (SELECT group_concat(Text, char(10)) FROM
                    (SELECT p.Text FROM Passages p WHERE p.EpisodeId = e.Id ORDER BY p.SourceDocumentId, p.Position)),
                (SELECT group_concat(Name, '; ') FROM (
                    SELECT c.Name FROM EpisodeCountries ec JOIN Countries c ON c.Id = ec.CountryId WHERE ec.EpisodeId = e.Id
                    UNION SELECT a.Name FROM EpisodeCountries ec JOIN CountryAliases a ON a.CountryId = ec.CountryId WHERE ec.EpisodeId = e.Id
                    UNION SELECT h.Name FROM EpisodeCountries ec
                        JOIN CountrySuccessions s ON s.SuccessorId = ec.CountryId JOIN Countries h ON h.Id = s.HistoricalId WHERE ec.EpisodeId = e.Id
                    UNION SELECT ac.Name FROM EpisodeActors ea JOIN Actors ac ON ac.Id = ea.ActorId WHERE ea.EpisodeId = e.Id
                    UNION SELECT aa.Name FROM EpisodeActors ea JOIN ActorAliases aa ON aa.ActorId = ea.ActorId WHERE ea.EpisodeId = e.Id))
            FROM Episodes e;
            """;
        command.ExecuteNonQuery();
    }
}
