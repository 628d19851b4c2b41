using System.Net;
using System.Text.RegularExpressions;

namespace SovietInterventions.Web.Editions.StaticSite;

/// <summary>
/// Copies the site as static files by crawling it from the home page through an in-process client: every page an
/// edition serves, its stylesheets and pictures, links made relative; links to what needs the server are removed.
/// A page's links can only be rewritten once the crawl knows every page it copies (a link to a page that failed is
/// removed, one to an old slug goes to its page's file), so the crawl keeps only the pages' URLs, and each page is
/// rendered again and written into its file: no more than one page is held at a time, whatever the size of the site.
/// </summary>
public sealed partial class SiteExport(HttpClient client, int maxPages = 20000)
{
    public sealed record Summary(int Pages, int Assets, IReadOnlyList<string> Failed);

    static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    readonly List<string> pageOrder = [];                   // site URLs of the pages copied, in crawl order
    readonly HashSet<string> pages = [];
    readonly Dictionary<string, string> redirects = [];    // old URL -> current URL
    readonly HashSet<string> assets = [];
    readonly List<string> failed = [];

    public async Task<Summary> WriteAsync(string folder, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(folder);
        using var files = new SiteFiles.Folder(folder);
        return await WriteAsync(files, cancel);
    }

    public async Task<Summary> WriteAsync(SiteFiles files, CancellationToken cancel = default)
    {
        await CrawlAsync(cancel);
        var written = 0;
        foreach (var url in pageOrder)
        {
            if (await PageAsync(url, cancel) is not { } html) continue;
            var file = FileOf(url);
            await using var stream = files.Create(file);
            await using var writer = new StreamWriter(stream, Utf8);
            await writer.WriteAsync(Rewrite(html, file).AsMemory(), cancel);
            written++;
        }
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync(asset, HttpCompletionOption.ResponseHeadersRead, cancel);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failed.Add($"{asset}: {(int)response.StatusCode}");
                continue;
            }
            await using var stream = files.Create(FileOf(asset));
            await response.Content.CopyToAsync(stream, cancel);
        }
        return new Summary(written, assets.Count, failed);
    }

    async Task CrawlAsync(CancellationToken cancel)
    {
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(["/"]);
        while (queue.TryDequeue(out var url) && pages.Count < maxPages)
        {
            using var response = await client.GetAsync(url, cancel);
            if (response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && response.Headers.Location is { } location)
            {
                var target = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
                redirects[url] = target;
                if (seen.Add(target)) queue.Enqueue(target);
                continue;
            }
            if (!IsPage(response))
            {
                failed.Add($"{url}: {(int)response.StatusCode}");
                continue;
            }
            var html = await response.Content.ReadAsStringAsync(cancel);
            pages.Add(url);
            pageOrder.Add(url);
            foreach (Match link in Attribute().Matches(html))
            {
                if (SiteUrl(link.Groups["value"].Value) is not { } target) continue;
                var (path, _) = Split(target);
                if (StaticPaths.IsAsset(path)) assets.Add(path);
                else if (StaticPaths.IsPage(path) && seen.Add(target)) queue.Enqueue(target);
            }
        }
    }

    // The page again, as the crawl saw it (the database is read-only); null, and a failure noted, if it no longer answers.
    async Task<string?> PageAsync(string url, CancellationToken cancel)
    {
        using var response = await client.GetAsync(url, cancel);
        if (IsPage(response)) return await response.Content.ReadAsStringAsync(cancel);
        failed.Add($"{url}: {(int)response.StatusCode} when written");
        return null;
    }

    static bool IsPage(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html";

    /// <summary>Links to copied pages and files become relative; links to anything else are removed (and a link element with them).</summary>
    string Rewrite(string html, string file) => Tag().Replace(html, tag => Attribute().Replace(tag.Value, attribute =>
    {
        if (SiteUrl(attribute.Groups["value"].Value) is not { } url) return attribute.Value;
        var fragment = WebUtility.HtmlDecode(attribute.Groups["value"].Value) is var raw && raw.IndexOf('#') is var at and >= 0 ? raw[at..] : "";
        var target = Resolve(url);
        var (path, _) = Split(target);
        var copied = StaticPaths.IsAsset(path) ? assets.Contains(path) : pages.Contains(target);
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

    [GeneratedRegex("\\s(?:download|target|rel|hreflang|type|ping|referrerpolicy)(?:=\"[^\"]*\")?(?=[\\s>])")]
    private static partial Regex LinkOnly();

    [GeneratedRegex("<(?<name>a|link|form|img|script|area)\\b[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s(?<name>href|src|action)=\"(?<value>[^\"]*)\"")]
    private static partial Regex Attribute();
}
