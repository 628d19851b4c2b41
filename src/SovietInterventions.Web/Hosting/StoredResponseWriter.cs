using System.IO.Compression;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace SovietInterventions.Web.Hosting;

/// <summary>Makes a <see cref="StoredResponse"/> from a finished one, and answers a request with it (200 in the best encoding, or 304).</summary>
public static class StoredResponseWriter
{
    // Framing and per-connection headers are the server's; the encoding is chosen per request.
    static readonly HashSet<string> NotStored = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentLength, HeaderNames.ContentEncoding, HeaderNames.TransferEncoding,
        HeaderNames.Date, HeaderNames.Server, HeaderNames.Connection, HeaderNames.KeepAlive,
    };

    /// <summary>"" for an identity body, "br" or "gzip", or null for an encoding this cache cannot undo.</summary>
    public static string? EncodingOf(StringValues contentEncoding) => contentEncoding.ToString().Trim().ToLowerInvariant() switch
    {
        "" or "identity" => "",
        "br" => "br",
        "gzip" => "gzip",
        _ => null,
    };

    public static StoredResponse Create(HttpResponse response, int generation, string etag, ArraySegment<byte> body)
    {
        var identity = EncodingOf(response.Headers.ContentEncoding) switch
        {
            "br" => Decode(new BrotliStream(new MemoryStream(body.Array!, body.Offset, body.Count), CompressionMode.Decompress)),
            "gzip" => Decode(new GZipStream(new MemoryStream(body.Array!, body.Offset, body.Count), CompressionMode.Decompress)),
            _ => body.ToArray(),
        };
        var compressible = IsCompressible(response.ContentType);
        var headers = response.Headers.Where(h => !NotStored.Contains(h.Key)).ToList();
        if (compressible && !headers.Any(h => h.Key.Equals(HeaderNames.Vary, StringComparison.OrdinalIgnoreCase)
                && h.Value.ToString().Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase)))
        {
            headers.RemoveAll(h => h.Key.Equals(HeaderNames.Vary, StringComparison.OrdinalIgnoreCase));
            headers.Add(new(HeaderNames.Vary, StringValues.Concat(response.Headers.Vary, HeaderNames.AcceptEncoding)));
        }
        return new StoredResponse(generation, etag, [.. headers], identity, compressible);
    }

    public static async Task WriteAsync(HttpContext context, StoredResponse stored, ResponseStore store, ResponseKey key)
    {
        var response = context.Response;
        var headers = response.Headers;
        foreach (var header in stored.Headers) headers[header.Key] = header.Value;
        var request = context.Request.Headers;
        if (!StringValues.IsNullOrEmpty(request.IfNoneMatch) && Matches(request.IfNoneMatch, stored.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        var body = stored.Identity;
        if (stored.Compressible && !StringValues.IsNullOrEmpty(request.AcceptEncoding))
        {
            if (AcceptEncoding.Allows(request.AcceptEncoding, "br") && store.Coded(key, stored, "br") is { } br)
                (body, headers.ContentEncoding) = (br, "br");
            else if (AcceptEncoding.Allows(request.AcceptEncoding, "gzip") && store.Coded(key, stored, "gzip") is { } gzip)
                (body, headers.ContentEncoding) = (gzip, "gzip");
        }
        response.ContentLength = body.Length;
        // The server abandons the write itself if the connection goes; no RequestAborted token needed on the hot path.
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(body);
    }

    /// <summary>Weak comparison, as If-None-Match asks (RFC 9110 §13.1.2): only the opaque parts are compared.</summary>
    static bool Matches(StringValues ifNoneMatch, string etag)
    {
        var opaque = Opaque(etag);
        foreach (var value in ifNoneMatch)
            foreach (var part in (value ?? "").Split(','))
            {
                var tag = part.Trim();
                if (tag == "*" || Opaque(tag).Equals(opaque, StringComparison.Ordinal)) return true;
            }
        return false;
    }

    static ReadOnlySpan<char> Opaque(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag.AsSpan(2) : tag;

    static bool IsCompressible(string? contentType) => contentType is not null
        && (contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase));

    static byte[] Decode(Stream compressed)
    {
        using var input = compressed;
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
