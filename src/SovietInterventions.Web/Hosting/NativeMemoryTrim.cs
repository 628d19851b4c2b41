using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace SovietInterventions.Web.Hosting;

/// <summary>The "NativeMemory" section: how often freed native memory is handed back to the operating system.</summary>
public sealed class NativeMemoryOptions
{
    public const string Section = "NativeMemory";

    /// <summary>Seconds between two <c>malloc_trim</c> calls; 0 never calls it.</summary>
    public int TrimIntervalSeconds { get; set; } = 10;
}

/// <summary>
/// Returns the free pages inside glibc's malloc heap to the operating system every few seconds. Native allocations
/// (the JIT's work areas, SQLite's page caches and statements, the runtime's own) come and go with the requests, and glibc
/// gives memory back by itself only from the top of its heap: after a busy minute half of the 22 MB heap was free pages
/// between live blocks, still counted in the process's RSS (docs/benchmarks.md, eleventh round). <c>malloc_trim(0)</c>
/// releases every whole free page (madvise), wherever it lies. Where there is no glibc (musl, other systems) this does nothing.
/// </summary>
public sealed partial class NativeMemoryTrim(IOptions<NativeMemoryOptions> options, TimeProvider time, ILogger<NativeMemoryTrim> logger) : BackgroundService
{
    static readonly Lazy<bool> Available = new(() =>
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            _ = MallocTrim(0);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    });

    /// <summary>Hands free native heap pages back to the system; false where the C library has no malloc_trim.</summary>
    public static bool Trim()
    {
        if (!Available.Value) return false;
        _ = MallocTrim(0); // 1 if it released memory, 0 if there was none to release
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.TrimIntervalSeconds;
        if (seconds <= 0 || !Available.Value)
        {
            LogOff(logger, seconds);
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                _ = MallocTrim(0);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // glibc's own name for its shared library: "libc" alone would find the linker script libc.so, not the library.
    [DllImport("libc.so.6", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    static extern int MallocTrim(nuint pad);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Native heap not trimmed (interval {Seconds} s, or no glibc malloc_trim)")]
    static partial void LogOff(ILogger logger, int seconds);
}

public static class NativeMemoryTrimSetup
{
    public static IServiceCollection AddNativeMemoryTrim(this IServiceCollection services)
    {
        services.AddOptions<NativeMemoryOptions>().BindConfiguration(NativeMemoryOptions.Section);
        return services.AddHostedService<NativeMemoryTrim>();
    }
}
