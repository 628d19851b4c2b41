using System.IO.Compression;

namespace SovietInterventions.Web.Editions.StaticSite;

/// <summary>Where a static copy's files go, one at a time: each is written whole before the next is opened.</summary>
public abstract class SiteFiles : IDisposable
{
    /// <summary>A stream for the file (relative, with '/'); the caller writes it and disposes it. Stream.Null for a file outside the copy.</summary>
    public abstract Stream Create(string file);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    /// <summary>Files in a folder.</summary>
    public sealed class Folder(string folder) : SiteFiles
    {
        readonly string root = Path.GetFullPath(folder);

        public override Stream Create(string file)
        {
            var path = Path.GetFullPath(Path.Combine(root, file));
            if (!path.StartsWith(root, StringComparison.Ordinal)) return Stream.Null;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return File.Create(path);
        }
    }

    /// <summary>Entries of a zip written front to back: an entry's bytes are compressed into the file as they are written.</summary>
    public sealed class Zip(Stream output) : SiteFiles
    {
        readonly ZipArchive archive = new(output, ZipArchiveMode.Create, leaveOpen: false);

        // The names a folder of the same files would give (ZipFile.CreateFromDirectory): no entry outside the copy.
        public override Stream Create(string file) =>
            file.Split('/').Any(s => s is "" or "." or "..") ? Stream.Null : archive.CreateEntry(file, CompressionLevel.Optimal).Open();

        public override void Dispose()
        {
            archive.Dispose();
            base.Dispose();
        }
    }
}
