namespace SovietInterventions.Web.Hosting;

/// <summary>The "Encyclopedia" configuration section.</summary>
public sealed class EncyclopediaOptions
{
    public const string Section = "Encyclopedia";

    /// <summary>The SQLite file the importer built; relative paths are resolved against the content root.</summary>
    public string DatabasePath { get; set; } = "encyclopedia.db";

    /// <summary>Scheme, host and path base for canonical and citation URLs, e.g. "https://encyclopedia.example";
    /// when empty, the URL the request came in on.</summary>
    public string? PublicBaseUrl { get; set; }

    public string FullDatabasePath(string contentRoot) => Path.GetFullPath(DatabasePath, contentRoot);
}
