using System.Net;
using System.Text.RegularExpressions;

namespace SovietInterventions.Web.Editions.StaticSite;

/// <summary>
/// Copies the site as static files by crawling it from the home page through an in-process client: every page an
/// edition serves, its stylesheets and pictures, links made relative; links to what needs the server are removed.
/// </summary>
public sealed partial class SiteExport(HttpClient client, int maxPages = 20000)
{
    public sealed record Summary(int Pages, int Assets, IReadOnlyList<string> Failed);

    readonly Dictionary<string, string> pages = [];        // site URL -> HTML
    readonly Dictionary<string, string> redirects = [];    // old URL -> current URL
    readonly HashSet<string> assets = [];
    readonly List<string> failed = [];

    public async Task<Summary> WriteAsync(string folder, CancellationToken cancel = default)
    {
        await CrawlAsync(cancel);
        Directory.CreateDirectory(folder);
        foreach (var (url, html) in pages)
        {
            var file = FileOf(url);
            Write(folder, file, System.Text.Encoding.UTF8.GetBytes(Rewrite(html, file)));
        }
        foreach (var asset in assets)
        {
            var response = await client.GetAsync(asset, cancel);
            if (response.StatusCode == HttpStatusCode.OK) Write(folder, FileOf(asset), await response.Content.ReadAsByteArrayAsync(cancel));
            else failed.Add($"{asset}: {(int)response.StatusCode}");
        }
        return new Summary(pages.Count, assets.Count, failed);
    }

    async Task CrawlAsync(CancellationToken cancel)
    {
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(["/"]);
        while (queue.TryDequeue(out var url) && pages.Count < maxPages)
        {
            var response = await client.GetAsync(url, cancel);
            if (response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && response.Headers.Location is { } location)
            {
                var target = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
                redirects[url] = target;
                if (seen.Add(target)) queue.Enqueue(target);
                continue;
            }
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                failed.Add($"{url}: {(int)response.StatusCode}");
                continue;
            }
            var html = await response.Content.ReadAsStringAsync(cancel);
            pages[url] = html;
            foreach (Match link in Attribute().Matches(html))
            {
                if (SiteUrl(link.Groups["value"].Value) is not { } target) continue;
                var (path, _) = Split(target);
                if (StaticPaths.IsAsset(path)) assets.Add(path);
                else if (StaticPaths.IsPage(path) && seen.Add(target)) queue.Enqueue(target);
            }
        }
    }

    /// <summary>Links to copied pages and files become relative; links to anything else are removed (and a link element with them).</summary>
    string Rewrite(string html, string file) => Tag().Replace(html, tag => Attribute().Replace(tag.Value, attribute =>
    {
        if (SiteUrl(attribute.Groups["value"].Value) is not { } url) return attribute.Value;
        var fragment = WebUtility.HtmlDecode(attribute.Groups["value"].Value) is var raw && raw.IndexOf('#') is var at and >= 0 ? raw[at..] : "";
        var target = Resolve(url);
        var (path, _) = Split(target);
        var copied = StaticPaths.IsAsset(path) ? assets.Contains(path) : pages.ContainsKey(target);
        if (!copied) return tag.Groups["name"].Value == "link" ? "\u0000" : "";
        return $" {attribute.Groups["name"].Value}=\"{WebUtility.HtmlEncode(StaticPaths.Relative(file, FileOf(target)) + fragment)}\"";
    }) is var rewritten && rewritten.Contains('\u0000') ? "" : WithoutLinkOnlyAttributes(rewritten));

    // An a element whose href was removed is a placeholder, which may not keep download, target or rel.
    static string WithoutLinkOnlyAttributes(string tag) =>
        tag.StartsWith("<a", StringComparison.Ordinal) && !tag.Contains(" href=", StringComparison.Ordinal) ? LinkOnly().Replace(tag, "") : tag;

    string Resolve(string url)
    {
        for (var hops = 0; hops < 10 && redirects.TryGetValue(url, out var next); hops++) url = next;
        return url;
    }

    string FileOf(string url)
    {
        var (path, query) = Split(url);
        return StaticPaths.FileFor(path, query);
    }

    static (string Path, string Query) Split(string url) => url.IndexOf('?') is var q and >= 0 ? (url[..q], url[q..]) : (url, "");

    // A link within the site ("/episodes/x?y#z"), without its fragment; null for other sites, same-page anchors and data.
    static string? SiteUrl(string value)
    {
        var decoded = WebUtility.HtmlDecode(value);
        if (!decoded.StartsWith('/') || decoded.StartsWith("//", StringComparison.Ordinal)) return null;
        var hash = decoded.IndexOf('#');
        return hash >= 0 ? decoded[..hash] : decoded;
    }

    static void Write(string folder, string file, byte[] bytes)
    {
        var path = Path.GetFullPath(Path.Combine(folder, file));
        if (!path.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    [GeneratedRegex("\\s(?:download|target|rel|hreflang|type|ping|referrerpolicy)(?:=\"[^\"]*\")?(?=[\\s>])")]
    private static partial Regex LinkOnly();

    [GeneratedRegex("<(?<name>a|link|form|img|script|area)\\b[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s(?<name>href|src|action)=\"(?<value>[^\"]*)\"")]
    private static partial Regex Attribute();
}
