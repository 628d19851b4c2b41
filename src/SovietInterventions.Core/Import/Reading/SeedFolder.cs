using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Reading;

/// <summary>The documents of a seeds folder and the entries skipped as not documents (with why), in name order.</summary>
internal sealed record SeedListing(string Directory, IReadOnlyList<string> Documents, IReadOnlyList<string> Skipped, ReadLimits Limits);

/// <summary>
/// Which entries of a seeds folder are read: regular files, or symbolic links to a regular file inside the folder.
/// Anything else (a FIFO, a device, a socket, a directory, a link leading outside) stops the import with an error
/// naming the entry, because silently leaving out a document would change the encyclopedia unnoticed.
/// </summary>
internal static class SeedFolder
{
    // Files that describe the folder, not history; sources.json is the documents' attribution.
    static readonly string[] NotDocuments = ["README", "SOURCES", "LICENSE", "LICENCE"];

    public static SeedListing List(string seedsDirectory, ReadLimits? limits = null)
    {
        limits ??= ReadLimits.FromEnvironment();
        if (!Directory.Exists(seedsDirectory))
            throw new ImportException(seedsDirectory, null, "the seeds directory does not exist.");
        var root = FileKinds.RealPath(seedsDirectory) ?? Path.GetFullPath(seedsDirectory);
        var documents = new List<string>();
        var skipped = new List<string>();
        long total = 0;
        foreach (var entry in Directory.EnumerateFileSystemEntries(seedsDirectory).OrderBy(Path.GetFileName, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (SkipReason(name) is { } reason)
            {
                skipped.Add($"{name}: skipped, {reason}");
                continue;
            }
            var size = CheckedSize(entry, name, root, limits.AllowHardLinks);
            if (size > limits.MaxFileBytes)
                throw new ImportException(name, null, $"the file is {ReadLimits.Size(size)}, over the limit of {ReadLimits.Size(limits.MaxFileBytes)} per file.");
            total += size;
            if (total > limits.MaxTotalBytes)
                throw new ImportException(name, null, $"the seeds reach {ReadLimits.Size(total)} with this file, over the limit of {ReadLimits.Size(limits.MaxTotalBytes)} per import.");
            documents.Add(entry);
        }
        if (documents.Count == 0) throw new ImportException(seedsDirectory, null, "the seeds directory holds no documents.");
        return new SeedListing(seedsDirectory, documents, skipped, limits);
    }

    /// <summary>Reads every listed document, holding each file and the whole import to the limits while reading.</summary>
    public static List<SourceText> Read(SeedListing listing)
    {
        var sources = new List<SourceText>();
        long total = 0;
        foreach (var file in listing.Documents)
        {
            var bytes = BoundedFile.Read(file, Math.Min(listing.Limits.MaxFileBytes, listing.Limits.MaxTotalBytes - total));
            total += bytes.Length;
            sources.Add(SourceReader.Decode(Path.GetFileName(file), bytes));
        }
        return sources;
    }

    static string? SkipReason(string name)
    {
        if (name.StartsWith('.')) return "a hidden file";
        var stem = name.Split('.')[0];
        if (NotDocuments.Any(n => stem.Equals(n, StringComparison.OrdinalIgnoreCase) || name.StartsWith(n, StringComparison.Ordinal)))
            return "it describes the folder, not history";
        return null;
    }

    /// <summary>The size of a regular file, or of the regular file inside the folder that a link leads to; else an error naming the entry.</summary>
    static long CheckedSize(string entry, string name, string root, bool allowHardLinks)
    {
        var (kind, size, links) = FileKinds.WithLinks(entry);
        if (kind == FileKind.Regular) return links <= 1 || allowHardLinks ? size : throw HardLinked(name, links);
        if (kind != FileKind.SymbolicLink)
            throw new ImportException(name, null, $"{FileKinds.Describe(kind)}, not a regular file; only regular files are imported.");
        var target = FileKinds.RealPath(entry)
            ?? throw new ImportException(name, null, "a symbolic link to nothing (its target does not exist).");
        if (!Inside(target, root))
            throw new ImportException(name, null, $"a symbolic link to {target}, outside the seeds folder; only files inside it are imported.");
        var (targetKind, targetSize, targetLinks) = FileKinds.WithLinks(target);
        if (targetKind != FileKind.Regular)
            throw new ImportException(name, null, $"a symbolic link to {FileKinds.Describe(targetKind)}, not a regular file; only regular files are imported.");
        return targetLinks <= 1 || allowHardLinks ? targetSize : throw HardLinked(name, targetLinks);
    }

    // A hard link is the same file under another name, perhaps outside the folder, and no path tells which is the original.
    static ImportException HardLinked(string name, long links) => new(name, null,
        $"a file with {links} hard links (names), so it may be a file from outside the seeds folder; copy it instead of linking, or set IMPORT_ALLOW_HARD_LINKS=1 when the folder is made of hard links on purpose.");

    static bool Inside(string path, string root) =>
        path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
