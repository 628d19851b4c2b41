using System.Buffers;
using System.IO.Compression;

namespace SovietInterventions.Web.Hosting;

/// <summary>Compresses a kept body once, well (it is sent many times): Brotli quality 5, gzip at its optimal level.</summary>
public static class ResponseCoding
{
    const int BrotliQuality = 5;
    const int BrotliWindow = 22;

    /// <summary>The body in "br" or "gzip" (nothing else is kept).</summary>
    public static byte[] Compress(byte[] identity, string coding) => coding switch
    {
        "br" => Brotli(identity),
        "gzip" => Gzip(identity),
        _ => throw new ArgumentOutOfRangeException(nameof(coding), coding, "only br and gzip are kept"),
    };

    static byte[] Brotli(byte[] identity)
    {
        var output = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(identity.Length));
        try
        {
            return BrotliEncoder.TryCompress(identity, output, out var written, BrotliQuality, BrotliWindow) ? output[..written] : identity;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(output);
        }
    }

    static byte[] Gzip(byte[] identity)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(identity);
        return output.ToArray();
    }
}
