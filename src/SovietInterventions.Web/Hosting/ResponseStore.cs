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

/// <summary>A finished 200 response: its headers as the pipeline set them, and its body in each encoding worth keeping.</summary>
public sealed class StoredResponse(int generation, string etag, KeyValuePair<string, StringValues>[] headers, byte[] identity, byte[]? brotli, byte[]? gzip)
{
    public int Generation { get; } = generation;
    public string ETag { get; } = etag;
    public KeyValuePair<string, StringValues>[] Headers { get; } = headers;
    public byte[] Identity { get; } = identity;
    public byte[]? Brotli { get; } = brotli;
    public byte[]? Gzip { get; } = gzip;

    // Bodies plus a rough allowance for the key, headers and bookkeeping.
    public long Size => Identity.Length + (Brotli?.Length ?? 0) + (Gzip?.Length ?? 0) + 1024;
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
            while (size + response.Size > sizeLimit && arrivals.TryDequeue(out var oldest))
                if (entries.TryRemove(oldest, out var evicted)) size -= evicted.Size;
            entries[key] = response;
            arrivals.Enqueue(key);
            size += response.Size;
        }
    }

    void Clear()
    {
        entries.Clear();
        arrivals.Clear();
        size = 0;
    }
}
