using System.Globalization;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Importer.Fuzzing;

/// <summary>The fuzz command's arguments, with defaults for a run from the repository root.</summary>
public sealed record FuzzOptions(int Cases, int Seed, TimeSpan Budget, string Fixtures, string Out, string Data, TimeSpan Timeout, long MemoryBytes, double Scale)
{
    public static FuzzOptions Parse(string[] args)
    {
        var options = new FuzzOptions(100, 1, TimeSpan.FromHours(24), "seeds", "fuzz-results", SeedImport.DefaultDataDirectory, TimeSpan.FromSeconds(30), 1024L << 20, 1.0);
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ImportException("command line", null, $"{args[i]} needs a value. Usage: {FuzzCommand.Usage}");
            options = args[i] switch
            {
                "--cases" => options with { Cases = Number(value) },
                "--seed" => options with { Seed = Number(value) },
                "--minutes" => options with { Budget = TimeSpan.FromMinutes(Number(value)) },
                "--fixtures" => options with { Fixtures = Path.GetFullPath(value) },
                "--out" => options with { Out = Path.GetFullPath(value) },
                "--data" => options with { Data = Path.GetFullPath(value) },
                "--timeout-seconds" => options with { Timeout = TimeSpan.FromSeconds(Number(value)) },
                "--scale-percent" => options with { Scale = Number(value) / 100.0 },
                "--memory-mb" => options with { MemoryBytes = (long)Number(value) << 20 },
                _ => throw new ImportException("command line", null, $"unknown option {args[i]}. Usage: {FuzzCommand.Usage}"),
            };
        }
        return options with { Fixtures = Path.GetFullPath(options.Fixtures), Out = Path.GetFullPath(options.Out) };
    }

    static int Number(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
        ? n
        : throw new ImportException("command line", null, $"'{value}' is not a positive whole number.");
}
