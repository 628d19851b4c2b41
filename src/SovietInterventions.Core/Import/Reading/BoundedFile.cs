namespace SovietInterventions.Core.Import.Reading;

/// <summary>Reads a file but never more than a limit: a file that grows after it was listed is still refused.</summary>
internal static class BoundedFile
{
    public static byte[] Read(string path, long maxBytes)
    {
        var name = Path.GetFileName(path);
        // Opening a FIFO would block and a device never ends: look before opening.
        var (kind, _) = FileKinds.Of(FileKinds.RealPath(path) ?? path);
        if (kind != FileKind.Regular)
            throw new ImportException(name, null, $"{FileKinds.Describe(kind)}, not a regular file; only regular files are read.");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new ImportException(name, null, $"reading it passed {ReadLimits.Size(maxBytes)}, what the per-file and per-import limits leave (the file grew after it was listed).");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
