namespace SovietInterventions.Core.Import.Reading;

/// <summary>How much an import reads: per file and in all; generous for real documents, small enough that a
/// runaway input (a link to /dev/zero, a generated file) is refused before it costs gigabytes.</summary>
public sealed record ReadLimits(long MaxFileBytes, long MaxTotalBytes)
{
    public const long Megabyte = 1024 * 1024;

    public static ReadLimits Default { get; } = new(20 * Megabyte, 200 * Megabyte);

    /// <summary>The defaults, or IMPORT_MAX_FILE_MB and IMPORT_MAX_TOTAL_MB from the environment when set.</summary>
    public static ReadLimits FromEnvironment() => new(
        Megabytes("IMPORT_MAX_FILE_MB") ?? Default.MaxFileBytes,
        Megabytes("IMPORT_MAX_TOTAL_MB") ?? Default.MaxTotalBytes);

    static long? Megabytes(string variable) =>
        long.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value > 0 ? value * Megabyte : null;

    public static string Size(long bytes) => bytes >= Megabyte ? $"{bytes / (double)Megabyte:0.#} MB" : $"{bytes} bytes";
}
