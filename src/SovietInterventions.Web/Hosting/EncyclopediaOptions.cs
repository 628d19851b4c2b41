using SovietInterventions.Core.Import;

namespace SovietInterventions.Web.Hosting;

/// <summary>The "Encyclopedia" configuration section.</summary>
public sealed class EncyclopediaOptions
{
    public const string Section = "Encyclopedia";

    /// <summary>The SQLite file the importer built; relative paths are resolved against the content root.</summary>
    public string DatabasePath { get; set; } = "encyclopedia.db";

    /// <summary>Scheme, host and path base for every absolute URL, e.g. "https://encyclopedia.example"; when set,
    /// AllowedHosts follows it. When empty, only hosts listed in AllowedHosts are used (see PublicHosts).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The seed documents imported at start-up when the database is missing or older than them; empty turns that off.</summary>
    public string SeedsPath { get; set; } = "../../seeds";

    /// <summary>The reviewed reference data; empty means the copy beside the program.</summary>
    public string DataPath { get; set; } = "";

    /// <summary>How long a start-up import may run before it is stopped (checked between its stages).</summary>
    public int StartupImportTimeoutSeconds { get; set; } = 300;

    /// <summary>Size limits on the seeds a start-up import reads.</summary>
    public long MaxSeedFileMegabytes { get; set; } = 20;

    public long MaxImportMegabytes { get; set; } = 200;

    /// <summary>How often, at most, a request looks whether a new import replaced the database file.</summary>
    public double RefreshCheckSeconds { get; set; } = 1;

    public string FullDatabasePath(string contentRoot) => Path.GetFullPath(DatabasePath, contentRoot);

    public ImportOptions? ImportOptions(string contentRoot) => string.IsNullOrWhiteSpace(SeedsPath)
        ? null
        : new ImportOptions(
            Path.GetFullPath(SeedsPath, contentRoot),
            FullDatabasePath(contentRoot),
            string.IsNullOrWhiteSpace(DataPath) ? SeedImport.DefaultDataDirectory : Path.GetFullPath(DataPath, contentRoot));
}
