using System.Text.Json;
using System.Text.Json.Serialization;

namespace SovietInterventions.Core.Editions;

/// <summary>
/// The editions kept beside a database: an "editions" folder next to it holding one read-only copy per
/// edition and index.json listing them (oldest first), which is current, and how many to keep.
/// </summary>
public sealed record EditionIndex(IReadOnlyList<Edition> Editions, string? Current, int Keep = 0)
{
    public const string FolderName = "editions";
    public const string FileName = "index.json";

    public static readonly EditionIndex Empty = new([], null);

    public static string FolderFor(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, FolderName);

    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    public Edition? Find(string id) => Editions.FirstOrDefault(e => e.Id == id);

    public Edition? CurrentEdition => Current is null ? null : Find(Current);

    /// <summary>The edition before this one, if any is still kept.</summary>
    public Edition? Before(Edition edition)
    {
        var at = Editions.ToList().FindIndex(e => e.Id == edition.Id);
        return at > 0 ? Editions[at - 1] : null;
    }

    public static EditionIndex Load(string folder)
    {
        var path = PathIn(folder);
        if (!File.Exists(path)) return Empty;
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, EditionIndexJson.Default.EditionIndex) ?? Empty;
    }

    /// <summary>Written beside and moved into place, so that a reader never sees half a file.</summary>
    public void Save(string folder)
    {
        var temporary = Path.Combine(folder, $"{FileName}.tmp-{Guid.NewGuid():N}");
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this, EditionIndexJson.Default.EditionIndex));
        File.Move(temporary, PathIn(folder), overwrite: true);
    }
}

// Generated at build time: an import saves the index every time it records an edition, and reflection would cost it a start-up.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(EditionIndex))]
internal sealed partial class EditionIndexJson : JsonSerializerContext;
