namespace SovietInterventions.Web.Hosting;

/// <summary>
/// The "HotPath" section: the front cache of finished responses (headers, identity, Brotli and gzip bytes)
/// that answers repeated page requests before the rest of the pipeline runs.
/// </summary>
public sealed class HotPathOptions
{
    public const string Section = "HotPath";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Bytes held by all entries together (plain bodies, and the codings clients asked for); the oldest entries go first
    /// when full. 8 MB holds about 300 plain pages of the 10 000-episode database. It was 16 MB, but on the 1 000-URL mix,
    /// which cycles through more pages than either holds (it takes about 28 MB), both answered none of its requests, and
    /// every page kept is alive in gen2 until it is dropped (docs/benchmarks.md, seventeenth round).
    /// </summary>
    public int SizeLimitMegabytes { get; set; } = 8;

    /// <summary>A response whose identity body is larger is served but never kept.</summary>
    public int EntryLimitKilobytes { get; set; } = 512;

    /// <summary>
    /// The ASP.NET Core output cache behind the hot path: search and API answers, which the hot path never keeps, and
    /// an edition's pages; not the pages the hot path keeps (<see cref="HotPathKeeps"/>). 4 MB holds the 1 000-URL mix's
    /// 133 searches; 2 MB left a quarter of their repeats unanswered.
    /// </summary>
    public int OutputCacheSizeLimitMegabytes { get; set; } = 4;

    /// <summary>Responses rendered at once by misses (0: four per processor); the others wait their turn.</summary>
    public int ConcurrentRenders { get; set; }

    public int RenderLimit => ConcurrentRenders > 0 ? ConcurrentRenders : 4 * Environment.ProcessorCount;

    public long SizeLimitBytes => SizeLimitMegabytes * 1024L * 1024L;
    public int EntryLimitBytes => EntryLimitKilobytes * 1024;
}
