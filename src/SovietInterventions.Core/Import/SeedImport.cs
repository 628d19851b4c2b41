using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Import.Reading;
using SovietInterventions.Core.Import.Writing;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import;

public sealed record ImportOptions(string SeedsDirectory, string DatabasePath, string DataDirectory, ReadLimits? Limits = null);

public sealed record ImportSummary(int Documents, int Episodes, int Countries, int Actors, int Events, IReadOnlyList<string> Warnings, TimeSpan Elapsed, IReadOnlyList<string>? Skipped = null);

/// <summary>
/// Imports a seeds directory into a database file, all or nothing: the new database is built in a
/// temporary file beside the target and moved into place only when the whole import succeeded.
/// </summary>
public static class SeedImport
{
    /// <summary>Where the reviewed reference data is: the data/ folder copied beside the program.</summary>
    public static string DefaultDataDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    public static ImportSummary Run(ImportOptions options, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var listing = SeedFolder.List(options.SeedsDirectory, options.Limits);
        // Two threads load the reference data while this one reads and parses the documents, which need none of it; the
        // rules wait for the gazetteer, whose Soviet actors the claim rules take. Own threads, not the pool's: pool workers
        // spin a while for more work when done, and the import has two cores.
        var gazetteerLoad = Task.Factory.StartNew(() => ReferenceData(() => Gazetteer.Load(options.DataDirectory), options.DataDirectory), TaskCreationOptions.LongRunning);
        var rulesLoad = Task.Factory.StartNew(() => ReferenceData(() => EpisodeRules.Load(options.DataDirectory, gazetteerLoad.GetAwaiter().GetResult()), options.DataDirectory),
            TaskCreationOptions.LongRunning);
        ExceptionDispatchInfo? readError = null;
        IReadOnlyList<Documents.SourceText> sources = [];
        IReadOnlyList<Documents.ParsedDocument> documents = [];
        try
        {
            // sources.json attributes the documents; it is not one of them.
            sources = Documents.SourcesFile.Attach(options.SeedsDirectory, SeedFolder.Read(listing));
            documents = ImportPipeline.Parse(sources);
        }
        catch (Exception e) { readError = ExceptionDispatchInfo.Capture(e); }
        // A fault in the reference data is reported first, as when it was loaded before the documents.
        var (gazetteer, rules) = (gazetteerLoad.GetAwaiter().GetResult(), rulesLoad.GetAwaiter().GetResult());
        readError?.Throw();
        progress?.Invoke($"reference data loaded in {clock.ElapsedMilliseconds} ms");
        var model = new ImportPipeline(gazetteer, rules).Run(documents, progress);
        progress?.Invoke($"{model.Episodes.Count} episodes found in {clock.ElapsedMilliseconds} ms");

        var target = Path.GetFullPath(options.DatabasePath);
        try { Directory.CreateDirectory(Path.GetDirectoryName(target)!); RemoveAbandonedTemporaries(target); }
        catch (Exception e) when (TargetErrors.IsWriteFailure(e)) { throw TargetErrors.Describe(target, e); }
        var temporary = $"{target}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            // The hash of the bytes that were imported, not of the files as they are after the import.
            new DatabaseWriter(model, SlugHistory.Read(target)).Write(temporary, SeedsHash(sources.Select(s => (s.FileName, s.Sha256)), options.DataDirectory));
            SqliteConnection.ClearAllPools();
            progress?.Invoke($"database written in {clock.ElapsedMilliseconds} ms");
            // Written without a journal or fsync for speed; make it durable once, before it replaces the old file.
            using (var written = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite)) written.Flush(flushToDisk: true);
            File.Move(temporary, target, overwrite: true);
            Mentions.Actors.DiscoveredActorsReview.Write(model.LearnedActors, model.Passages, Path.Combine(Path.GetDirectoryName(target)!, Mentions.Actors.DiscoveredActorsReview.FileName));
            RecordEdition(target, sources.Select(s => (s.FileName, s.Sha256)), progress);
        }
        catch (Exception e) when (TargetErrors.IsWriteFailure(e))
        {
            throw TargetErrors.Describe(target, e);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (File.Exists(temporary)) TryDelete(temporary);
        }

        return new ImportSummary(
            model.Documents.Count, model.Episodes.Count,
            model.Episodes.SelectMany(e => e.Facts.Countries).Select(c => c.Country).Distinct().Count(),
            model.Episodes.SelectMany(e => e.Facts.Actors).Select(a => a.Mention.ActorSlug).Distinct().Count(),
            model.Episodes.Sum(e => e.Facts.Events.Count) + model.ContextEvents.Count,
            model.Warnings, clock.Elapsed, listing.Skipped);
    }

    // An importer that was killed cannot clean up; its temporary file names its process, now gone.
    private static void RemoveAbandonedTemporaries(string target)
    {
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(target)!, Path.GetFileName(target) + ".tmp-*"))
        {
            var pid = Path.GetFileName(file)[(Path.GetFileName(target).Length + 5)..].Split('-')[0];
            // Another container sharing the folder has its own process ids: only an hour-old file is surely abandoned.
            var abandoned = int.TryParse(pid, out var id) && !IsRunning(id) || File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddHours(-1);
            if (abandoned) File.Delete(file);
        }
    }

    // A failed delete must not hide the error that made the import fail.
    private static void TryDelete(string file)
    {
        try { File.Delete(file); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static T ReferenceData<T>(Func<T> load, string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory)) throw new ImportException(dataDirectory, null, "the reference data folder does not exist (set --data or Encyclopedia:DataPath).");
        return load();
    }

    /// <summary>True when the database is missing, unreadable, or was built from other seeds or reference data.</summary>
    public static bool IsStale(ImportOptions options)
    {
        if (!File.Exists(options.DatabasePath)) return true;
        try
        {
            using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(options.DatabasePath, readOnly: true));
            var stored = db.ImportInfo.AsNoTracking().Select(i => i.SeedsHash).FirstOrDefault();
            return stored != SeedsHash(options);
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            return true;
        }
    }

    /// <summary>Hash of the seed files, the reference data and the importer build that read them.</summary>
    public static string SeedsHash(ImportOptions options) =>
        SeedsHash(SeedFolder.List(options.SeedsDirectory, options.Limits).Documents.Select(f => (Path.GetFileName(f), FileHash(f))), options.DataDirectory);

    private static string SeedsHash(IEnumerable<(string FileName, string Sha256)> seeds, string dataDirectory)
    {
        var text = new StringBuilder();
        text.AppendLine(typeof(SeedImport).Assembly.ManifestModule.ModuleVersionId.ToString());
        var data = Directory.GetFiles(dataDirectory).Where(f => !Path.GetFileName(f).StartsWith('.')).Select(f => (Path.GetFileName(f), FileHash(f)));
        foreach (var (name, sha) in seeds.OrderBy(s => s.FileName, StringComparer.Ordinal).Concat(data.OrderBy(d => d.Item1, StringComparer.Ordinal)))
            text.Append(name).Append(' ').AppendLine(sha);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string FileHash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    // The new database is in place by now, so a failure to keep its frozen copy is reported, not made an import failure.
    private static void RecordEdition(string target, IEnumerable<(string File, string Sha256)> seeds, Action<string>? progress)
    {
        try { Editions.EditionArchive.Record(target, seeds, progress); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            progress?.Invoke($"warning: the database was imported, but its edition was not recorded: {e.Message}");
        }
    }
}
