using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// The validators every database-backed response shares: the site only changes when a new import replaces
/// the database, so one ETag and Last-Modified (from ImportInfo) describe every page and API answer.
/// </summary>
public sealed class DatabaseVersion(IServiceScopeFactory scopes)
{
    public sealed record Validators(string ETag, DateTimeOffset LastModified);

    sealed record Snapshot(int Generation, Validators? Value);

    int generation;
    Snapshot? current;

    /// <summary>Counts the databases served so far; cached answers vary by it, so none outlives its database.</summary>
    public int Generation => Volatile.Read(ref generation);

    /// <summary>Null when the database has no import record (or cannot be read); responses then carry no validators.</summary>
    public Validators? Current
    {
        get
        {
            var seen = Generation;
            if (Volatile.Read(ref current) is { } snapshot && snapshot.Generation == seen) return snapshot.Value;
            var value = Read();
            // A read that raced with a new import may have seen the old file: use it once, never keep it.
            if (Generation == seen) Volatile.Write(ref current, new Snapshot(seen, value));
            return value;
        }
    }

    /// <summary>Forgets the validators after a new import replaced the database.</summary>
    public void Reset() => Interlocked.Increment(ref generation);

    Validators? Read()
    {
        using var scope = scopes.CreateScope();
        // The current database itself: the scoped context of a request for an edition would be the edition's.
        using var db = new EncyclopediaDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<EncyclopediaDb>>());
        return ReadFrom(db);
    }

    /// <summary>The validators of the database <paramref name="db"/> reads (null without an import record or a readable file).</summary>
    public static Validators? ReadFrom(EncyclopediaDb db)
    {
        try
        {
            var info = db.ImportInfo.AsNoTracking().OrderByDescending(i => i.Id).FirstOrDefault();
            if (info is null) return null;
            var hash = StableHash.Hex($"{info.ImportedAt.ToUnixTimeMilliseconds()}|{info.SeedsHash}");
            // HTTP dates have whole seconds; truncating keeps If-Modified-Since comparisons exact.
            var seconds = DateTimeOffset.FromUnixTimeSeconds(info.ImportedAt.ToUnixTimeSeconds());
            return new Validators($"\"{hash}\"", seconds);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return null;
        }
    }
}
