using Microsoft.Extensions.Options;
using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Reading;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// The same import as the CLI when the database is missing or older than the seeds, run in the background so the
/// site listens at once and serves the previous database (or the "not imported yet" page) meanwhile. A failed or
/// slow import is logged and never stops the site; the time limit is checked between the import's stages.
/// </summary>
public sealed class StartupImport(
    IOptions<EncyclopediaOptions> options, IWebHostEnvironment environment, DatabaseState state,
    ILogger<StartupImport> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Before the server listens (hosted services start first): /healthz must not call the previous database
        // healthy in the moment before the background task gets a thread and finds the seeds stale.
        state.Importing = true;
        return Task.Run(() =>
        {
            try { Run(stoppingToken); }
            // Also makes the next request look at the file, before the site reports healthy again: it must see the new
            // file, not wait for the next check.
            finally { state.Importing = false; }
        }, stoppingToken);
    }

    void Run(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var import = settings.ImportOptions(environment.ContentRootPath);
        if (import is null || !Directory.Exists(import.SeedsDirectory))
        {
            if (!state.Available) logger.LogWarning("{Reason}", state.Reason);
            return;
        }
        import = import with { Limits = new ReadLimits(settings.MaxSeedFileMegabytes * ReadLimits.Megabyte, settings.MaxImportMegabytes * ReadLimits.Megabyte) };
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        limit.CancelAfter(TimeSpan.FromSeconds(settings.StartupImportTimeoutSeconds));
        try
        {
            if (!SeedImport.IsStale(import))
            {
                logger.LogInformation("Serving {DatabasePath}, imported from the current seeds", import.DatabasePath);
                return;
            }
            logger.LogInformation("Importing {SeedsDirectory} into {DatabasePath} in the background", import.SeedsDirectory, import.DatabasePath);
            var summary = SeedImport.Run(import, message =>
            {
                limit.Token.ThrowIfCancellationRequested();
                logger.LogInformation("{Progress}", message);
            });
            foreach (var note in summary.Skipped ?? []) logger.LogInformation("{Skipped}", note);
            logger.LogInformation("Imported {Documents} documents: {Episodes} episodes, {Countries} countries, {Actors} actors, {Events} events, {Warnings} warnings in {Elapsed} ms",
                summary.Documents, summary.Episodes, summary.Countries, summary.Actors, summary.Events, summary.Warnings.Count, (int)summary.Elapsed.TotalMilliseconds);
        }
        catch (Exception) when (limit.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            logger.LogError("Import of {SeedsDirectory} stopped after the {Seconds} s limit (Encyclopedia:StartupImportTimeoutSeconds); serving the previous database",
                import.SeedsDirectory, settings.StartupImportTimeoutSeconds);
        }
        catch (ImportException e)
        {
            // The previous database (if any) is untouched; serve it rather than nothing.
            logger.LogError("Import failed, serving the previous database: {Error}", e.Message);
        }
        catch (Exception e) when (TargetErrors.IsWriteFailure(e))
        {
            logger.LogError("Import failed, serving the previous database: {Error}", TargetErrors.Describe(import.DatabasePath, e).Message);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Import of {SeedsDirectory} failed, serving the previous database", import.SeedsDirectory);
        }
    }
}
