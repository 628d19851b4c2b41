namespace SovietInterventions.Core.Import.Reading;

/// <summary>How much an import reads: per file and in all; generous for real documents, small enough that a
/// runaway input (a link to /dev/zero, a generated file) is refused before it costs gigabytes. A file with more than
/// one hard link may be another name of a file outside the folder, so it is refused unless AllowHardLinks says the
/// folder is known to be made that way (a deduplicating backup, cp -l).</summary>
public sealed record ReadLimits(long MaxFileBytes, long MaxTotalBytes, bool AllowHardLinks = false)
{
    public const long Megabyte = 1024 * 1024;

    public static ReadLimits Default { get; } = new(20 * Megabyte, 200 * Megabyte);

    /// <summary>The defaults, or IMPORT_MAX_FILE_MB, IMPORT_MAX_TOTAL_MB and IMPORT_ALLOW_HARD_LINKS=1 from the environment when set.</summary>
    public static ReadLimits FromEnvironment() => new(
        Megabytes("IMPORT_MAX_FILE_MB") ?? Default.MaxFileBytes,
        Megabytes("IMPORT_MAX_TOTAL_MB") ?? Default.MaxTotalBytes,
        Environment.GetEnvironmentVariable("IMPORT_ALLOW_HARD_LINKS") is "1" or "true");

    static long? Megabytes(string variable) =>
        long.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value > 0 ? value * Megabyte : null;

    public static string Size(long bytes) => bytes >= Megabyte ? $"{bytes / (double)Megabyte:0.#} MB" : $"{bytes} bytes";
}
