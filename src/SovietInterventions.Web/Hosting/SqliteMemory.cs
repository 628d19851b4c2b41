using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// Each pooled SQLite connection keeps its own page cache (2 MB by default), and under load there is a connection
/// per request in flight, so that memory grows with the load. The site only reads, and the operating system's file
/// cache is shared by every connection, so each connection keeps a small cache of its own.
/// </summary>
public sealed class SqliteMemoryLimits : DbConnectionInterceptor
{
    public const int CacheKilobytes = 256;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Limit(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Limit(connection);
        return Task.CompletedTask;
    }

    // The pool hands out the same native connection again and again; the setting stays with it, so it is made once each.
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Limited = [];

    static void Limit(DbConnection connection)
    {
        if (connection is Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle } && !Limited.TryAdd(handle, handle)) return;
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA cache_size = -{CacheKilobytes}";
        command.ExecuteNonQuery();
    }
}

public static class SqliteMemorySetup
{
    // Singleton, as the options it adds to (Program.cs): one interceptor for the process, not one per request.
    public static IServiceCollection AddSqliteMemoryLimits(this IServiceCollection services) =>
        services.ConfigureDbContext<EncyclopediaDb>(options => options.AddInterceptors(new SqliteMemoryLimits()), ServiceLifetime.Singleton);
}
