using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// Picks up a new import while the site runs: the importer moves a new file over the database, so
/// at most once a second (Encyclopedia:RefreshCheckSeconds) a request looks at the file's time and size (the site's only
/// look at the file on the way in: <see cref="DatabaseState"/> reads whether there is one from it); when they changed, pooled
/// connections (still open on the old file) are dropped, and the validators and cached pages are
/// forgotten. Requests in flight finish on the old file; none is dropped. The editions index counts as part of the
/// database: the importer writes it just after the file, and a page rendered in between must not stay cached.
/// </summary>
public sealed class DatabaseRefresh(
    IOptions<EncyclopediaOptions> options, IWebHostEnvironment environment, DatabaseVersion version,
    IOutputCacheStore cache, ILogger<DatabaseRefresh> logger)
{
    private readonly long checkEveryMilliseconds = (long)(options.Value.RefreshCheckSeconds * 1000);
    private readonly string path = options.Value.FullDatabasePath(environment.ContentRootPath);
    private readonly Lock gate = new();
    private long nextCheck;
    // The files as the app started serving them, so that a replacement before the first request is noticed too.
    private volatile Stamp stamp = Stamp.Of(options.Value.FullDatabasePath(environment.ContentRootPath));

    /// <summary>Time and size of the database file and of its editions index (a length of -1: no such file).</summary>
    private sealed record Stamp(DateTime DatabaseTime, long DatabaseLength, DateTime EditionsTime, long EditionsLength)
    {
        public static Stamp Of(string path)
        {
            var (databaseTime, databaseLength) = FileStamp(path);
            var (editionsTime, editionsLength) = FileStamp(Core.Editions.EditionIndex.PathIn(Core.Editions.EditionIndex.FolderFor(path)));
            return new Stamp(databaseTime, databaseLength, editionsTime, editionsLength);
        }

        static (DateTime, long) FileStamp(string path)
        {
            var file = new FileInfo(path);
            return file.Exists ? (file.LastWriteTimeUtc, file.Length) : (DateTime.MinValue, -1L);
        }
    }

    public string DatabasePath => path;

    /// <summary>Whether the database file was there, and not empty, at the last look (or at start).</summary>
    public bool DatabaseExists => stamp.DatabaseLength > 0;

    /// <summary>The next request looks at the file whenever the last look was: the site's own import has just replaced it.</summary>
    public void CheckOnNextRequest() => Volatile.Write(ref nextCheck, 0);

    public async ValueTask CheckAsync(CancellationToken cancellationToken)
    {
        var now = Environment.TickCount64;
        if (now < Volatile.Read(ref nextCheck)) return;
        bool changed;
        lock (gate)
        {
            if (now < nextCheck) return;
            nextCheck = now + checkEveryMilliseconds;
            var current = Stamp.Of(path);
            changed = stamp != current;
            stamp = current;
        }
        if (!changed) return;

        SqliteConnection.ClearAllPools();
        version.Reset();
        await cache.EvictByTagAsync(Caching.Tag, cancellationToken);
        logger.LogInformation("Database {DatabasePath} was replaced; now serving the new import", path);
    }
}

public static class DatabaseRefreshExtensions
{
    public static IApplicationBuilder UseDatabaseRefresh(this IApplicationBuilder app)
    {
        var refresh = app.ApplicationServices.GetRequiredService<DatabaseRefresh>();
        return app.Use(async (context, next) =>
        {
            await refresh.CheckAsync(context.RequestAborted);
            await next(context);
        });
    }
}
