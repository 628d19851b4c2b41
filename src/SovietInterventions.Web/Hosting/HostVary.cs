using Microsoft.AspNetCore.OutputCaching;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// The output cache's host in its key, as far as pages print it (<see cref="PublicUrl.HostKey"/>) rather than every
/// Host header as sent; a spelling that would be kept once per spelling is not cached at all.
/// </summary>
public sealed class HostVary : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var host = context.HttpContext.RequestServices.GetRequiredService<PublicUrl>().HostKey(context.HttpContext);
        context.CacheVaryByRules.VaryByHost = false;
        if (host is null) context.AllowCacheLookup = context.AllowCacheStorage = false;
        else context.CacheVaryByRules.VaryByValues["host"] = host;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
