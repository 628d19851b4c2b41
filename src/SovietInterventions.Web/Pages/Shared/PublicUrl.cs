using Microsoft.Extensions.Options;
using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Pages.Shared;

/// <summary>Absolute URLs for canonical links and citations, from Encyclopedia:PublicBaseUrl or else the request.</summary>
public sealed class PublicUrl(IOptions<EncyclopediaOptions> options)
{
    public string For(HttpRequest request, string path)
    {
        var configured = options.Value.PublicBaseUrl;
        var baseUrl = string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured.TrimEnd('/');
        return baseUrl + path;
    }
}
