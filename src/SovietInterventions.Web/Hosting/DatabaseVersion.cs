using System.Security.Cryptography;
using System.Text;
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

    Validators? current;

    /// <summary>Null when the database has no import record (or cannot be read); responses then carry no validators.</summary>
    public Validators? Current => current ??= Read();

    /// <summary>Forgets the validators after a new import replaced the database.</summary>
    public void Reset() => current = null;

    Validators? Read()
    {
        try
        {
            using var scope = scopes.CreateScope();
            var info = scope.ServiceProvider.GetRequiredService<EncyclopediaDb>().ImportInfo.AsNoTracking().OrderByDescending(i => i.Id).FirstOrDefault();
            if (info is null) return null;
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{info.ImportedAt.ToUnixTimeMilliseconds()}|{info.SeedsHash}"));
            // HTTP dates have whole seconds; truncating keeps If-Modified-Since comparisons exact.
            var seconds = DateTimeOffset.FromUnixTimeSeconds(info.ImportedAt.ToUnixTimeSeconds());
            return new Validators($"\"{Convert.ToHexStringLower(hash)[..20]}\"", seconds);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return null;
        }
    }
}
