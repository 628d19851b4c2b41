using System.Text.Json;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Export;
using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Reading;

namespace SovietInterventions.Importer;

/// <summary>The importer's command line: import, export and parse.</summary>
public static class Cli
{
    private const string Usage = """
        Usage:
          import <seeds-dir> <database-file> [--data <data-dir>]   build the database from the seed documents
          export <database-file>                                   write all episodes as JSON to standard output
          parse <file>                                             show how one document is read (format, sections, blocks)
          evaluate <database-file> <annotation.json>... [--json]   score an import against hand annotations (docs/evaluation.md)
          fuzz [--cases N] [--seed S] [--minutes M] ...            import mutated copies of the seeds in child processes (see Fuzzing/)
          export-site <database-file> <folder> [--zip] [--base-url <url>]   the whole site as static HTML, links relative
        """;

    // The formats come from the one registry the importer reads, so the help cannot list one it does not know.
    private static string UsageWithFormats =>
        Usage + $"\nFormats read (told from the content, and from a name only one format uses: {string.Join(", ", SourceFormats.All.SelectMany(f => f.Extensions))}): {string.Join(", ", SourceFormats.All.Select(f => f.Label))}.\n";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            switch (args)
            {
                case ["import", var seeds, var database, .. var rest]:
                    return Import(seeds, database, DataDirectory(rest), output, error);
                case ["export", var database]:
                    Export(database, output);
                    return 0;
                case ["evaluate", var database, .. var rest]: return Evaluation.EvaluateCommand.Run(database, rest, output);
                case ["fuzz", .. var fuzzArguments]:
                    return Fuzzing.FuzzCommand.Run(fuzzArguments, output);
                case ["export-site", var database, var folder, .. var rest]:
                    return await SiteExportCommand.RunAsync(database, folder, rest, output, error);
                case ["parse", var file]:
                    Parse(file, output);
                    return 0;
                default:
                    await error.WriteLineAsync(UsageWithFormats);
                    return 2;
            }
        }
        catch (ImportException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The file system or the database refused: say so plainly; the previous database is untouched.
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    private static string DataDirectory(string[] rest) => rest switch
    {
        ["--data", var directory] => directory,
        [] => SeedImport.DefaultDataDirectory,
        _ => throw new ImportException("command line", null, $"unexpected arguments: {string.Join(' ', rest)}"),
    };

    private static int Import(string seeds, string database, string data, TextWriter output, TextWriter error)
    {
        output.WriteLine($"Importing {Path.GetFullPath(seeds)} into {Path.GetFullPath(database)}");
        if (ImportTimings.On) output.WriteLine($"  {ImportTimings.Stamp("started")}");
        var summary = SeedImport.Run(new ImportOptions(seeds, database, data), message => output.WriteLine($"  {ImportTimings.Stamp(message)}"));
        foreach (var note in summary.Skipped ?? []) output.WriteLine($"  {note}");
        foreach (var warning in summary.Warnings) error.WriteLine($"warning: {warning}");
        if (ImportTimings.On) output.WriteLine($"  {ImportTimings.Stamp("done")}");
        output.WriteLine($"Imported {summary.Documents} documents: {summary.Episodes} episodes, {summary.Countries} countries, " +
            $"{summary.Actors} actors, {summary.Events} events, {summary.Warnings.Count} warnings in {summary.Elapsed.TotalMilliseconds:F0} ms.");
        return 0;
    }

    private static void Export(string database, TextWriter output)
    {
        if (!File.Exists(database)) throw new ImportException(database, null, "no such database file.");
        using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(database, readOnly: true));
        output.WriteLine(JsonSerializer.Serialize(EpisodeJson.Load(db), EpisodeJson.Options));
    }

    private static void Parse(string file, TextWriter output)
    {
        var document = DocumentParser.Parse(SourceReader.Read(file));
        output.WriteLine($"{document.FileName}: {document.Format}, \"{document.Title}\", {document.Blocks.Count} blocks");
        foreach (var warning in document.Warnings) output.WriteLine($"warning: {warning}");
        output.WriteLine($"metadata: {JsonSerializer.Serialize(document.Metadata)}");
        foreach (var fact in document.Facts) output.WriteLine($"fact {fact.Line,5} {fact.Name} = {fact.Value}");
        foreach (var reference in document.References) output.WriteLine($"reference: {reference}");
        foreach (var block in document.Blocks)
            output.WriteLine($"{block.Line,5} {block.Kind,-9} {new string(' ', block.Depth * 2)}[{block.Section?.Text}] {block.Text}");
    }
}
