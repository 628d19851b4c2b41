using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// Picks up a new import while the site runs: the importer moves a new file over the database, so
/// at most once a second (Encyclopedia:RefreshCheckSeconds) a request looks at the file's time and size; when they changed, pooled
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
    // The file as the app started serving it, so that a replacement before the first request is noticed too.
    private ((DateTime, long) Database, (DateTime, long) Editions) stamp = StampOf(options.Value.FullDatabasePath(environment.ContentRootPath));

    private static ((DateTime, long), (DateTime, long)) StampOf(string path) =>
        (FileStamp(path), FileStamp(Core.Editions.EditionIndex.PathIn(Core.Editions.EditionIndex.FolderFor(path))));

    private static (DateTime, long) FileStamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (file.LastWriteTimeUtc, file.Length) : (DateTime.MinValue, -1L);
    }

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
            var current = StampOf(path);
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
