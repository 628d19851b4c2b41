using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// One database per request: the request's connection is opened before its first query and kept to its end, and the
/// validators are read through it, so a page's ETag and its body always come from the same file, even when a new
/// import replaces the file in the second before <see cref="DatabaseRefresh"/> looks (an open connection keeps
/// reading the file it opened). Absent for requests that do not read the current database.
/// </summary>
public sealed record DatabaseSnapshot(DatabaseVersion.Validators? Validators)
{
    /// <summary>The validators of this request's database: its snapshot's when it has one, else the shared ones.</summary>
    public static DatabaseVersion.Validators? For(HttpContext context) =>
        context.Features.Get<DatabaseSnapshot>() is { } snapshot ? snapshot.Validators : context.RequestServices.GetRequiredService<DatabaseVersion>().Current;
}

public static class DatabaseSnapshotExtensions
{
    /// <summary>After routing and before revalidation and the output cache, so that both use the request's validators.</summary>
    public static IApplicationBuilder UseDatabaseSnapshot(this IApplicationBuilder app)
    {
        var path = app.ApplicationServices.GetRequiredService<DatabaseState>().Path;
        return app.Use(async (context, next) =>
        {
            if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                && context.GetEndpoint()?.Metadata.GetMetadata<DatabaseVersioned>() is not null)
            {
                var db = context.RequestServices.GetRequiredService<EncyclopediaDb>();
                // An edition's page reads its own file; its validators stay the shared ones.
                if (db.Database.GetDbConnection() is SqliteConnection connection && connection.DataSource == path)
                {
                    try
                    {
                        // EF Core leaves a connection it did not open itself open until the context is disposed with the request.
                        await db.Database.OpenConnectionAsync(context.RequestAborted);
                        context.Features.Set(new DatabaseSnapshot(DatabaseVersion.ReadFrom(db)));
                    }
                    catch (SqliteException)
                    {
                        // The file went away between the availability check and here: the page reports it as usual.
                    }
                }
            }
            await next(context);
        });
    }
}
