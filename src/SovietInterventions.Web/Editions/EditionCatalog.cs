using Microsoft.Extensions.Options;
using SovietInterventions.Core.Editions;
using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Editions;

/// <summary>
/// The editions index beside the database, read again when an import rewrites it (looked at once a second at most)
/// and whenever the site moves to a new database generation, so that no page of a generation shows an older index.
/// </summary>
public sealed class EditionCatalog(IOptions<EncyclopediaOptions> options, IWebHostEnvironment environment, DatabaseVersion version)
{
    const long CheckEveryMilliseconds = 1000;
    readonly Lock gate = new();
    (DateTime Written, int Generation, EditionIndex Index)? loaded;
    long nextCheck;

    public string DatabasePath { get; } = options.Value.FullDatabasePath(environment.ContentRootPath);

    public string Folder => EditionIndex.FolderFor(DatabasePath);

    public EditionIndex Index
    {
        get
        {
            lock (gate)
            {
                var now = Environment.TickCount64;
                var generation = version.Generation;
                if (loaded is { } cached && now < nextCheck && cached.Generation == generation) return cached.Index;
                nextCheck = now + CheckEveryMilliseconds;
                var written = File.GetLastWriteTimeUtc(EditionIndex.PathIn(Folder));
                if (loaded is not { } known || known.Written != written || known.Generation != generation) loaded = (written, generation, Read());
                return loaded.Value.Index;
            }
        }
    }

    /// <summary>The edition of this id whose file is still kept, or null.</summary>
    public Edition? Find(string? id) =>
        Edition.IsWellFormed(id) && Index.Find(id!) is { } edition && File.Exists(FileOf(edition)) ? edition : null;

    public string FileOf(Edition edition) => Path.Combine(Folder, edition.File);

    EditionIndex Read()
    {
        try
        {
            return EditionIndex.Load(Folder);
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            return EditionIndex.Empty;
        }
    }
}
