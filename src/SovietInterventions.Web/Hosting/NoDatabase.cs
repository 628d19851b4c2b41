using System.Net;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// While there is no database, every database-backed answer is a short 503 saying what to run, with Retry-After,
/// instead of an exception per request; it goes away by itself when an import lands.
/// </summary>
public static class NoDatabase
{
    public const int RetryAfterSeconds = 10;

    public static IApplicationBuilder UseNoDatabasePage(this IApplicationBuilder app)
    {
        var state = app.ApplicationServices.GetRequiredService<DatabaseState>();
        return app.Use(async (context, next) =>
        {
            var endpoint = context.GetEndpoint();
            var needsDatabase = endpoint is null || endpoint.Metadata.GetMetadata<DatabaseVersioned>() is not null;
            if (!needsDatabase || state.Available)
            {
                await next(context);
                return;
            }
            var response = context.Response;
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            response.Headers.CacheControl = "no-store";
            if (context.Request.Path.StartsWithSegments("/api"))
                await response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "Not imported yet",
                    Detail = "The encyclopedia has no database yet: run the importer. Try again in a few seconds.",
                }, options: null, contentType: "application/problem+json");
            else
            {
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync(Page(state.Importing));
            }
        });
    }

    static string Page(bool importing) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Not imported yet · Soviet Interventions 1918–1991</title>
            <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
        <main id="main" class="wrap">
            <h1>Not imported yet</h1>
            <p>{WebUtility.HtmlEncode(importing
                ? "The encyclopedia's database is being imported now. This page will answer in a few seconds."
                : "The encyclopedia has no database yet. Import the seed documents into the file set by Encyclopedia:DatabasePath; the site picks it up by itself.")}</p>
            <p>Run:</p>
            <pre><code>dotnet run --project src/SovietInterventions.Importer -- import seeds encyclopedia.db</code></pre>
            <p>(or <code>dotnet SovietInterventions.Importer.dll import &lt;seeds-folder&gt; &lt;database-file&gt;</code> with a published importer; the site's log names the database file it expects).</p>
        </main>
        </body>
        </html>
        """;
}
