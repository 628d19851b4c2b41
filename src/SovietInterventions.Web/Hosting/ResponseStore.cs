using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// What a cached response is found by. The host is part of it only as far as pages print it (PublicUrl.HostKey):
/// one copy for every made-up Host header a lenient configuration lets through, not one each.
/// </summary>
public readonly record struct ResponseKey(bool Https, string Host, string PathBase, string Path, string Query)
{
    public static ResponseKey Of(HttpRequest request, string host) =>
        new(request.IsHttps, host, request.PathBase.Value ?? "", request.Path.Value ?? "", request.QueryString.Value ?? "");
}

/// <summary>
/// A finished 200 response: its headers as the pipeline set them, its plain body, and each compressed coding of it
/// once a client has asked for that coding (most clients ask for one, benchmarks and crawlers often for none).
/// </summary>
public sealed class StoredResponse(int generation, string etag, KeyValuePair<string, StringValues>[] headers, byte[] identity, bool compressible)
{
    // Made on first asking; the identity array itself when compressing did not make the body smaller.
    byte[]? brotli, gzip;

    public int Generation { get; } = generation;
    public string ETag { get; } = etag;
    public KeyValuePair<string, StringValues>[] Headers { get; } = headers;
    public byte[] Identity { get; } = identity;
    public bool Compressible { get; } = compressible;

    // Bodies plus a rough allowance for the key, headers and bookkeeping.
    public long Size => Identity.Length + Extra(brotli) + Extra(gzip) + 1024;

    /// <summary>The body in "br" or "gzip" if made already: <paramref name="body"/> is null when that coding is not smaller.</summary>
    public bool TryGetCoded(string coding, out byte[]? body)
    {
        var made = Volatile.Read(ref Field(coding));
        body = ReferenceEquals(made, Identity) ? null : made;
        return made is not null;
    }

    /// <summary>Keeps a coding's body unless one was kept first; returns the bytes this added.</summary>
    internal long Keep(string coding, byte[] body)
    {
        var kept = body.Length < Identity.Length ? body : Identity;
        return Interlocked.CompareExchange(ref Field(coding), kept, null) is null ? Extra(kept) : 0;
    }

    ref byte[]? Field(string coding) => ref coding == "br" ? ref brotli : ref gzip;

    long Extra(byte[]? body) => body is null || ReferenceEquals(body, Identity) ? 0 : body.Length;
}

/// <summary>
/// The front cache's memory, bounded in total and per entry. Oldest entries are evicted first; entries of an
/// earlier database generation are never served and are dropped all at once when a new generation is stored.
/// </summary>
public sealed class ResponseStore(IOptions<HotPathOptions> options)
{
    readonly ConcurrentDictionary<ResponseKey, StoredResponse> entries = new();
    readonly ConcurrentQueue<ResponseKey> arrivals = new();
    readonly Lock gate = new();
    readonly long sizeLimit = options.Value.SizeLimitBytes;
    long size;
    int generation = int.MinValue;

    public int EntryLimit { get; } = options.Value.EntryLimitBytes;
    public long Size => Interlocked.Read(ref size);
    public int Count => entries.Count;

    public bool TryGet(in ResponseKey key, int currentGeneration, out StoredResponse response) =>
        entries.TryGetValue(key, out response!) && response.Generation == currentGeneration;

    public void Add(ResponseKey key, StoredResponse response)
    {
        // The capture limit counts the bytes as sent, which may be compressed; the entry limit is for the plain page.
        if (response.Identity.Length > EntryLimit || response.Size > sizeLimit) return;
        lock (gate)
        {
            if (response.Generation != generation)
            {
                if (response.Generation < generation) return;
                Clear();
                generation = response.Generation;
            }
            if (entries.TryRemove(key, out var old)) size -= old.Size;
            EvictOldestWhileOver(response.Size);
            entries[key] = response;
            arrivals.Enqueue(key);
            size += response.Size;
        }
    }

    /// <summary>
    /// The body in a compressed coding ("br" or "gzip"), made on the first request that asks for it and counted toward
    /// the limit from then on; null when the response is not compressible or the coding is not smaller.
    /// </summary>
    public byte[]? Coded(in ResponseKey key, StoredResponse response, string coding)
    {
        if (!response.Compressible) return null;
        if (response.TryGetCoded(coding, out var body)) return body;
        var made = ResponseCoding.Compress(response.Identity, coding);
        lock (gate)
        {
            var added = response.Keep(coding, made);
            if (added > 0 && entries.TryGetValue(key, out var current) && ReferenceEquals(current, response))
            {
                size += added;
                EvictOldestWhileOver();
            }
        }
        response.TryGetCoded(coding, out body);
        return body;
    }

    void EvictOldestWhileOver(long incoming = 0)
    {
        while (size + incoming > sizeLimit && arrivals.TryDequeue(out var oldest))
            if (entries.TryRemove(oldest, out var evicted)) size -= evicted.Size;
    }

    void Clear()
    {
        entries.Clear();
        arrivals.Clear();
        size = 0;
    }
}
