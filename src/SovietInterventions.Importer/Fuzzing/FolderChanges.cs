using System.Diagnostics;

namespace SovietInterventions.Importer.Fuzzing;

/// <summary>Entries that are not plain documents, added beside the seeds, and what the import must do with them.</summary>
public static class FolderChanges
{
    public sealed record Change(string Name, string Entry, bool MustFail, Action<string, string, string> Apply);

    // Apply(seedsFolder, entryPath, outsideSecretFile)
    public static readonly IReadOnlyList<Change> All =
    [
        new("symlink-inside", "alias.md", false, (seeds, entry, _) => File.CreateSymbolicLink(entry, Directory.GetFiles(seeds).Order(StringComparer.Ordinal).First())),
        new("symlink-outside", "passwd", true, (_, entry, secret) => File.CreateSymbolicLink(entry, secret)),
        new("symlink-dev-zero", "zero.md", true, (_, entry, _) => File.CreateSymbolicLink(entry, "/dev/zero")),
        new("symlink-dev-urandom", "random.txt", true, (_, entry, _) => File.CreateSymbolicLink(entry, "/dev/urandom")),
        new("symlink-dangling", "gone.md", true, (seeds, entry, _) => File.CreateSymbolicLink(entry, Path.Combine(seeds, "does-not-exist.md"))),
        new("hardlink-outside", "passwd.txt", true, (_, entry, secret) => Run("ln", secret, entry)),
        new("fifo", "pipe.md", true, (_, entry, _) => Run("mkfifo", entry)),
        new("directory", "drafts", true, (_, entry, _) => Directory.CreateDirectory(entry)),
        new("readme", "README.md", false, (_, entry, _) => File.WriteAllText(entry, "# About this folder\n\nNot a document; skipped.\n")),
        new("empty-file", "empty.md", true, (_, entry, _) => File.WriteAllBytes(entry, [])),
    ];

    static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(program, arguments);
        process.WaitForExit();
    }
}
