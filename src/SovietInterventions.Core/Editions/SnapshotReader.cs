using System.Globalization;
using Microsoft.Data.Sqlite;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Export;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Editions;

/// <summary>
/// Reads what an edition file holds with plain SQL, the same snapshots as <see cref="EpisodeSnapshot.Load"/> (tested
/// equal): the import records an edition after every change, and building EF Core's model there cost more than the import.
/// </summary>
public static class SnapshotReader
{
    public static List<EpisodeSnapshot> Episodes(SqliteConnection db)
    {
        var countries = Lookup(db, """
            SELECT ec.EpisodeId, c.Name, ec.Role FROM EpisodeCountries ec JOIN Countries c ON c.Id = ec.CountryId ORDER BY ec.Role, c.Name
            """, r => $"{r.GetString(1)} ({RoleName(r.GetString(2))})");
        var actors = Lookup(db, """
            SELECT ea.EpisodeId, a.Name, ea.Role FROM EpisodeActors ea JOIN Actors a ON a.Id = ea.ActorId ORDER BY a.Name
            """, r => $"{r.GetString(1)}: {r.GetString(2)}");
        var passages = Lookup(db, """
            SELECT p.EpisodeId, p.Text FROM Passages p JOIN Sources s ON s.Id = p.SourceDocumentId
            WHERE p.EpisodeId IS NOT NULL AND p.Kind <> 'Heading' ORDER BY s.Title, p.Position
            """, r => r.GetString(1));
        var events = Lookup(db, "SELECT EpisodeId, Date, Text FROM Events WHERE EpisodeId IS NOT NULL ORDER BY Date, Id",
            r => $"{r.GetString(1)}: {r.GetString(2)}");
        return db.Rows("SELECT Id, Slug, Title, Kind, Start, \"End\", Summary FROM Episodes ORDER BY Slug", r => (Id: r.GetInt32(0), Snapshot: new EpisodeSnapshot(
                r.GetString(1), r.GetString(2), EpisodeJson.KindName(Enum.Parse<EpisodeKind>(r.GetString(3))), r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6), [], [], [], [])))
            .Select(e => e.Snapshot with { Countries = countries[e.Id].ToList(), Actors = actors[e.Id].ToList(), Passages = passages[e.Id].ToList(), Events = events[e.Id].ToList() })
            .ToList();
    }

    /// <summary>Every old episode slug mapped to the slug it has now.</summary>
    public static Dictionary<string, string> CurrentSlugs(SqliteConnection db) =>
        db.Rows($"SELECT OldSlug, CurrentSlug FROM SlugRedirects WHERE Entity = '{SlugEntity.Episode}' ORDER BY Id", r => (Old: r.GetString(0), Now: r.GetString(1)))
            .GroupBy(r => r.Old).ToDictionary(g => g.Key, g => g.First().Now);

    public static DateTimeOffset LastImportedAt(SqliteConnection db) =>
        db.Rows("SELECT ImportedAt FROM ImportInfo ORDER BY Id DESC LIMIT 1", r => DateTimeOffset.Parse(r.GetString(0), CultureInfo.InvariantCulture))
            .FirstOrDefault();

    public static EditionCounts Counts(SqliteConnection db)
    {
        int Count(string sql) => db.Rows(sql, r => r.GetInt32(0)).Single();
        return new(Count("SELECT COUNT(*) FROM Episodes"), Count("SELECT COUNT(DISTINCT CountryId) FROM EpisodeCountries"),
            Count("SELECT COUNT(DISTINCT ActorId) FROM EpisodeActors"), Count("SELECT COUNT(*) FROM Sources"),
            Count("SELECT COUNT(*) FROM Passages"), Count("SELECT COUNT(*) FROM Events"));
    }

    private static ILookup<int, string> Lookup(SqliteConnection db, string sql, Func<SqliteDataReader, string> value) =>
        db.Rows(sql, r => (Id: r.GetInt32(0), Value: value(r))).ToLookup(x => x.Id, x => x.Value);

    private static string RoleName(string role) => role switch
    {
        nameof(CountryRole.Target) => "target",
        nameof(CountryRole.Participant) => "participant",
        _ => "supported government",
    };
}
