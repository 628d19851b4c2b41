using System.Diagnostics;
using System.Globalization;

namespace SovietInterventions.Importer.Fuzzing;

/// <summary>How one import in a child process ended.</summary>
public sealed record ChildResult(int? ExitCode, bool TimedOut, TimeSpan Elapsed, TimeSpan Cpu, long PeakBytes, string Error);

/// <summary>
/// Runs this program's own import command in a child process with a heap limit and a time limit, watching its memory.
/// The limit is on CPU time, so a machine busy with other work does not turn slow cases into hangs; a child that
/// waits without working (a blocked read) is stopped at ten times the limit of wall-clock time.
/// </summary>
public static class ChildImport
{
    public static ChildResult Run(string seeds, string database, string data, TimeSpan timeout, long memoryBytes)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Run as "dotnet Importer.dll" or as the apphost: either way the child is this very build.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(ChildImport).Assembly.Location);
        foreach (var argument in new[] { "import", seeds, database, "--data", data }) start.ArgumentList.Add(argument);
        // The runtime's own heap cap: past it the child fails with OutOfMemoryException instead of eating the machine.
        start.Environment["DOTNET_GCHeapHardLimit"] = memoryBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_TieredPGO"] = "0";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        long peak = 0;
        var cpu = TimeSpan.Zero;
        var timedOut = false;
        while (!process.WaitForExit(50))
        {
            (peak, cpu) = (Math.Max(peak, PeakOf(process)), Max(cpu, CpuOf(process)));
            if (cpu <= timeout && clock.Elapsed <= timeout * 10) continue;
            timedOut = true;
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            break;
        }
        Task.WaitAll([error, output], TimeSpan.FromSeconds(5));
        return new ChildResult(timedOut ? null : process.ExitCode, timedOut, clock.Elapsed, cpu, peak,
            error.IsCompletedSuccessfully ? error.Result : "");
    }

    static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    static TimeSpan CpuOf(Process process)
    {
        try
        {
            return process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    // The resident high-water mark: /proc keeps it for as long as the process lives.
    static long PeakOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }
}
