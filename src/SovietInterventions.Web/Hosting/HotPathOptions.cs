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
    /// when full. 16 MB holds about 600 plain pages of the 10 000-episode database (as many as 24 MB did when every
    /// entry also kept Brotli and gzip bodies).
    /// </summary>
    public int SizeLimitMegabytes { get; set; } = 16;

    /// <summary>A response whose identity body is larger is served but never kept.</summary>
    public int EntryLimitKilobytes { get; set; } = 512;

    /// <summary>
    /// The ASP.NET Core output cache behind the hot path: search and API answers, which the hot path never keeps, and
    /// an edition's pages; not the pages the hot path keeps (<see cref="HotPathKeeps"/>).
    /// </summary>
    public int OutputCacheSizeLimitMegabytes { get; set; } = 4;

    /// <summary>Responses rendered at once by misses (0: four per processor); the others wait their turn.</summary>
    public int ConcurrentRenders { get; set; }

    public int RenderLimit => ConcurrentRenders > 0 ? ConcurrentRenders : 4 * Environment.ProcessorCount;

    public long SizeLimitBytes => SizeLimitMegabytes * 1024L * 1024L;
    public int EntryLimitBytes => EntryLimitKilobytes * 1024;
}
