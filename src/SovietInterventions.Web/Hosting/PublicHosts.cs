using Microsoft.AspNetCore.HostFiltering;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// Which host names the site answers and builds absolute URLs from. The Host header is never trusted: with
/// Encyclopedia:PublicBaseUrl set, it alone builds absolute URLs and AllowedHosts follows it (other hosts get 400);
/// without it, only hosts listed in AllowedHosts do, and Production with AllowedHosts "*" refuses to start.
/// </summary>
public static class PublicHosts
{
    /// <summary>Set to true to run outside Development with AllowedHosts "*" and no PublicBaseUrl (absolute URLs then use a loopback address).</summary>
    public const string AllowAnyHostKey = "Encyclopedia:AllowAnyHost";

    public static void Configure(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[$"{EncyclopediaOptions.Section}:PublicBaseUrl"];
        var allowed = AllowedHosts(builder.Configuration);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var baseUrl = ParseBaseUrl(configured);
            // The public host, plus any named host the operator also listed (a health-check alias, say).
            var hosts = allowed.Where(h => h != "*").Append(baseUrl.IdnHost).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            builder.Services.PostConfigure<HostFilteringOptions>(o => o.AllowedHosts = hosts);
            return;
        }
        var anyHost = builder.Environment.IsDevelopment() || builder.Configuration.GetValue<bool>(AllowAnyHostKey);
        if (allowed.Contains("*") && !anyHost)
            throw new InvalidOperationException(
                "Refusing to start: with AllowedHosts \"*\" and no Encyclopedia:PublicBaseUrl, a request's Host header would " +
                "reach canonical links, citations and cached pages. Set Encyclopedia:PublicBaseUrl to the site's public address " +
                "(environment variable Encyclopedia__PublicBaseUrl=https://encyclopedia.example), or set AllowedHosts to the " +
                $"host names it is served under, or (for local trials only) set {AllowAnyHostKey}=true.");
    }

    public static Uri ParseBaseUrl(string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
            throw new InvalidOperationException(
                $"Encyclopedia:PublicBaseUrl \"{value}\" is not an http or https address such as https://encyclopedia.example (a path is allowed, a query is not).");
        return uri;
    }

    public static IReadOnlyList<string> AllowedHosts(IConfiguration configuration) =>
        (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when a host matches an entry of AllowedHosts other than "*" ("*.example.org" covers its subdomains).</summary>
    public static bool IsListed(IReadOnlyList<string> allowed, string host) => allowed.Any(entry =>
        entry != "*" && (entry.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(entry[1..], StringComparison.OrdinalIgnoreCase)
            : host.Equals(entry, StringComparison.OrdinalIgnoreCase)));
}
