using Microsoft.Data.Sqlite;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Core.Editions;

/// <summary>
/// Called after each import: when the new database's content differs from the current edition's, keeps a
/// read-only copy of it as a new edition and lists it in the index; an import that changed nothing makes no edition.
/// </summary>
internal static class EditionArchive
{
    /// <summary>The edition made, or null when the content is an edition already (or the copy failed, which the import survives).</summary>
    public static Edition? Record(string databasePath, IEnumerable<(string File, string Sha256)> seeds, Action<string>? progress = null)
    {
        try
        {
            return Add(databasePath, [.. seeds.OrderBy(s => s.File, StringComparer.Ordinal).Select(s => new EditionSeed(s.File, s.Sha256))], progress);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or System.Text.Json.JsonException)
        {
            progress?.Invoke($"edition not recorded: {e.Message}");
            return null;
        }
    }

    static Edition? Add(string databasePath, List<EditionSeed> seeds, Action<string>? progress)
    {
        var folder = EditionIndex.FolderFor(databasePath);
        Directory.CreateDirectory(folder);
        var index = EditionIndex.Load(folder);
        var hash = ContentHash.Of(databasePath);
        // Compared with the current edition only: going back to an older edition's content is a change, and a new edition.
        if (index.CurrentEdition is { } same && same.ContentHash == hash && File.Exists(Path.Combine(folder, same.File)))
        {
            progress?.Invoke($"content unchanged: still edition {same.Id}");
            return null;
        }

        // Plain SQL: EF Core's model is not built during an import (SnapshotReader).
        using var db = PlainSql.ReadOnly(databasePath);
        db.Open();
        var importedAt = SnapshotReader.LastImportedAt(db);
        var id = Edition.IdFor(importedAt, hash);
        // The same content again on the same day (a change undone) needs an id of its own.
        for (var n = 2; index.Find(id) is not null; n++) id = $"{Edition.IdFor(importedAt, hash)}-{n}";
        var file = id + ".db";
        var copy = Path.Combine(folder, file);
        CopyReadOnly(databasePath, copy);

        var previous = index.CurrentEdition is { } current && File.Exists(Path.Combine(folder, current.File)) ? current : null;
        var changes = previous is null ? null
            : EditionComparison.Summary(previous.Id, EditionComparison.Between(Path.Combine(folder, previous.File), databasePath));
        var edition = new Edition(id, importedAt, hash, file, SnapshotReader.Counts(db), seeds, changes);
        var kept = Retain([.. index.Editions, edition], index.Keep, folder);
        (index with { Editions = kept, Current = id }).Save(folder);
        progress?.Invoke($"new edition {id}");
        return edition;
    }

    static void CopyReadOnly(string source, string target)
    {
        var temporary = $"{target}.tmp-{Guid.NewGuid():N}";
        File.Copy(source, temporary, overwrite: true);
        File.Move(temporary, target, overwrite: true);
        // An edition never changes again; the web app opens it read-only as well.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }

    // Keep = 0 keeps every edition; otherwise the newest Keep, deleting the older files.
    static List<Edition> Retain(List<Edition> editions, int keep, string folder)
    {
        if (keep <= 0 || editions.Count <= keep) return editions;
        foreach (var old in editions[..^keep])
        {
            var path = Path.Combine(folder, old.File);
            if (File.Exists(path)) File.Delete(path);
        }
        return editions[^keep..];
    }
}
