using System.Security.Cryptography;
using System.Text;
using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Reading;

/// <summary>Reads a seed file as strict UTF-8 text, refusing empty, binary and mis-encoded files.</summary>
public static class SourceReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceText Read(string path) => Decode(Path.GetFileName(path), BoundedFile.Read(path, ReadLimits.Default.MaxFileBytes));

    public static SourceText Decode(string fileName, byte[] bytes)
    {
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            throw new ImportException(fileName, null, "the file is empty.");
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
            throw new ImportException(fileName, LineAt(bytes, nul), "the file is binary (it contains NUL bytes), not a text document.");

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = FirstInvalidOffset(bytes);
            throw new ImportException(fileName, LineAt(bytes, offset), $"the file is not valid UTF-8 (bad byte at offset {offset}).", e);
        }

        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text)) throw new ImportException(fileName, null, "the file is empty.");
        var controls = text.Count(c => char.IsControl(c) && c is not '\n' and not '\t');
        if (controls > text.Length / 100 + 2)
            throw new ImportException(fileName, null, "the file is binary (too many control characters), not a text document.");
        return new SourceText(fileName, text, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static int FirstInvalidOffset(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out var consumed) != System.Buffers.OperationStatus.Done) return i;
            i += consumed;
        }
        return bytes.Length;
    }

    private static int LineAt(byte[] bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') line++;
        return line;
    }
}
