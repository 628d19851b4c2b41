using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Site;

/// <summary>
/// Every absolute URL the site writes (canonical links, JSON-LD, citations, OpenAPI servers, sitemaps): from
/// Encyclopedia:PublicBaseUrl; without it, from the request only when its host is listed in AllowedHosts; else
/// from the address the server listens on (loopback), never from an unlisted Host header.
/// </summary>
public sealed class PublicUrl(IOptions<EncyclopediaOptions> options, IConfiguration configuration, IServer server)
{
    readonly string? configured = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
        ? null
        : PublicHosts.ParseBaseUrl(options.Value.PublicBaseUrl).AbsoluteUri.TrimEnd('/');
    readonly IReadOnlyList<string> allowed = PublicHosts.AllowedHosts(configuration);

    /// <summary>The absolute URL of a site path such as "/episodes/1956-hungary".</summary>
    public string For(HttpRequest request, string path) => Base(request) + path;

    /// <summary>Scheme, host and path base, without a trailing slash.</summary>
    public string Base(HttpRequest request)
    {
        if (configured is not null) return configured;
        if (request.Host.HasValue && PublicHosts.IsListed(allowed, request.Host.Host))
            return $"{request.Scheme}://{request.Host}{request.PathBase}";
        return ListeningAddress() + request.PathBase;
    }

    /// <summary>
    /// What of the request's host the URLs built here (and so a cached page) depend on: "" when none is built from it
    /// (a public base URL, or a host not listed); the host as sent when it is listed exactly, without a port or on the
    /// port served; null when a page would print a spelling of its own (another letter case, a wildcard's subdomain,
    /// a made-up port), which is rendered each time rather than kept once per spelling.
    /// </summary>
    public string? HostKey(HttpContext context)
    {
        var host = context.Request.Host;
        if (configured is not null || !host.HasValue || !PublicHosts.IsListed(allowed, host.Host)) return "";
        var exact = allowed.Contains(host.Host, StringComparer.Ordinal);
        var port = host.Port is null || host.Port == context.Connection.LocalPort;
        return exact && port ? host.Value : null;
    }

    string ListeningAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var uri))
            return "http://localhost";
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port}";
    }
}
