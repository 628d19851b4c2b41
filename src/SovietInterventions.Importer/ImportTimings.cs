using System.Diagnostics;

namespace SovietInterventions.Importer;

/// <summary>
/// With IMPORT_TIMINGS=1, each import progress line is prefixed with the time since the process started and the CPU time
/// it has used, so that the fixed costs (runtime start, reference data, writing, editions) show apart (docs/benchmarks.md).
/// </summary>
internal static class ImportTimings
{
    public static readonly bool On = Environment.GetEnvironmentVariable("IMPORT_TIMINGS") == "1";

    public static string Stamp(string message)
    {
        if (!On) return message;
        using var process = Process.GetCurrentProcess();
        var wall = DateTime.Now - process.StartTime;
        return $"[{wall.TotalMilliseconds,5:F0} ms wall, {process.TotalProcessorTime.TotalMilliseconds,5:F0} ms cpu] {message}";
    }
}
