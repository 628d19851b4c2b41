using System.Diagnostics;
using System.Security.Cryptography;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Importer.Fuzzing;

/// <summary>
/// fuzz: mutates the project's own seed documents, imports each case in a child process with time and memory limits
/// over a copy of a good database, and records crashes, hangs, overruns, refusals that name no file, outside files
/// imported and damaged previous databases, keeping a reproducer folder for each.
/// </summary>
public static class FuzzCommand
{
    public const string Usage = "fuzz [--cases N] [--seed S] [--minutes M] [--fixtures <dir>] [--out <dir>] [--data <dir>] [--timeout-seconds T] [--memory-mb M] [--scale-percent P]";

    public static int Run(string[] args, TextWriter output)
    {
        var options = FuzzOptions.Parse(args);
        Directory.CreateDirectory(options.Out);
        var work = Directory.CreateTempSubdirectory("fuzz-").FullName;
        var reproducers = Path.Combine(options.Out, "reproducers");
        var fixtures = Directory.GetFiles(options.Fixtures).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        if (fixtures.Count == 0) throw new ImportException(options.Fixtures, null, "no fixtures to mutate.");
        var secret = Path.Combine(work, "outside-secret.txt");
        File.WriteAllText(secret, "OUTSIDE-THE-SEEDS-FOLDER\n");

        output.WriteLine($"Fuzzing {fixtures.Count} fixtures from {options.Fixtures}: {options.Cases} cases, seed {options.Seed}, limits {options.Timeout.TotalSeconds:F0} s and {options.MemoryBytes >> 20} MB, sizes at {options.Scale:P0}");
        var baseline = Path.Combine(work, "baseline.db");
        var good = ChildImport.Run(options.Fixtures, baseline, options.Data, options.Timeout, options.MemoryBytes);
        if (good.ExitCode != 0) throw new ImportException(options.Fixtures, null, $"the unmutated fixtures do not import: {good.Error.Trim()}");
        var baselineHash = Hash(baseline);

        var tally = new FuzzTally();
        var random = new Random(options.Seed);
        var clock = Stopwatch.StartNew();
        for (var number = 1; number <= options.Cases && clock.Elapsed < options.Budget; number++)
        {
            var folder = Path.Combine(work, $"case-{number}");
            var seeds = Path.Combine(folder, "seeds");
            var database = Path.Combine(folder, "encyclopedia.db");
            var fuzzCase = FuzzCase.Create(number, random, fixtures, seeds, secret, options.Scale);
            File.Copy(baseline, database);
            var result = ChildImport.Run(seeds, database, options.Data, options.Timeout, options.MemoryBytes);
            var findings = Judge(fuzzCase, result, seeds, database, baselineHash, options);
            tally.Add(fuzzCase, result, findings);
            if (findings.Count > 0)
            {
                var kept = Path.Combine(reproducers, $"case-{number}-{string.Join('+', findings)}");
                Keep(folder, kept, fuzzCase, result, options);
                output.WriteLine($"  {string.Join(", ", findings)}: {fuzzCase.Describe()} -> {kept}");
            }
            DeleteFolder(folder);
            if (number % 100 == 0) output.WriteLine($"  {number} cases, {clock.Elapsed.TotalSeconds:F0} s, {tally.FindingCount} findings");
        }
        DeleteFolder(work);
        var report = tally.Report(options, clock.Elapsed);
        File.WriteAllText(Path.Combine(options.Out, "summary.txt"), report);
        output.Write(report);
        return tally.FindingCount == 0 ? 0 : 1;
    }

    static List<string> Judge(FuzzCase fuzzCase, ChildResult result, string seeds, string database, string baselineHash, FuzzOptions options)
    {
        var findings = new List<string>();
        if (result.TimedOut) findings.Add("hang");
        else if (result.ExitCode is not (0 or 1)) findings.Add("crash");
        if (result.PeakBytes > options.MemoryBytes) findings.Add("memory-overrun");
        if (result.ExitCode == 1 && !FuzzCase.NamesAnEntry(result.Error, seeds)) findings.Add("unnamed-error");
        if (result.ExitCode == 0 && fuzzCase.Entry is { MustFail: true }) findings.Add($"accepted-{fuzzCase.Entry.Name}");
        if (result.ExitCode != 0 && File.Exists(database) && Hash(database) != baselineHash) findings.Add("previous-database-changed");
        if (result.ExitCode == 0 && File.ReadAllText(database, System.Text.Encoding.Latin1).Contains("OUTSIDE-THE-SEEDS-FOLDER", StringComparison.Ordinal))
            findings.Add("outside-file-imported");
        return findings;
    }

    static void Keep(string folder, string kept, FuzzCase fuzzCase, ChildResult result, FuzzOptions options)
    {
        DeleteFolder(kept);
        Directory.CreateDirectory(kept);
        // Links and FIFOs are kept as they are (a FIFO cannot be copied, only made again).
        foreach (var entry in Directory.EnumerateFileSystemEntries(Path.Combine(folder, "seeds")))
        {
            var destination = Path.Combine(kept, "seeds", Path.GetFileName(entry));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var info = new FileInfo(entry);
            if (info.LinkTarget is { } target) File.CreateSymbolicLink(destination, target);
            else if (info.Exists && info.Length < 64L << 20 && !IsSpecial(entry)) File.Copy(entry, destination);
        }
        File.WriteAllText(Path.Combine(kept, "case.txt"),
            $"{fuzzCase.Describe()}\nexit: {result.ExitCode?.ToString() ?? "killed (time limit)"} after {result.Elapsed.TotalSeconds:F1} s ({result.Cpu.TotalSeconds:F1} s CPU), peak {result.PeakBytes >> 20} MB\n" +
            $"reproduce: dotnet run --project src/SovietInterventions.Importer -- import {Path.Combine(kept, "seeds")} /tmp/repro.db --data {options.Data}\n" +
            $"stderr:\n{(result.Error.Length > 4000 ? result.Error[..4000] : result.Error)}\n");
    }

    static bool IsSpecial(string path) => Core.Import.Reading.FileKinds.Of(path).Kind is not Core.Import.Reading.FileKind.Regular;

    static string Hash(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
