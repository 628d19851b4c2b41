using System.Net;
using System.Text.RegularExpressions;

namespace SovietInterventions.BrowserTests;

[Trait("Category", "Slow")]
[Collection("Site")]
public sealed partial class LinkIntegrityTests(SiteFixture fixture)
{
    const int MaxUrls = 2000;

    [Fact]
    public async Task Every_internal_link_and_asset_from_the_home_page_answers_200_or_a_301_to_a_200()
    {
        var seen = new HashSet<string> { "/" };
        var referrers = new Dictionary<string, string> { ["/"] = "(start)" };
        var wave = new List<string> { "/" };
        var failures = new List<string>();

        while (wave.Count > 0 && seen.Count <= MaxUrls)
        {
            var next = new List<string>();
            // A few requests at a time: the site is local, so this is bounded by the two CPU cores, not the network.
            await Parallel.ForEachAsync(wave, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (path, _) =>
            {
                var (failure, links) = await Visit(path);
                lock (seen)
                {
                    if (failure is not null) failures.Add($"{path} (linked from {referrers[path]}): {failure}");
                    foreach (var link in links)
                        if (seen.Count < MaxUrls && seen.Add(link))
                        {
                            referrers[link] = path;
                            next.Add(link);
                        }
                }
            });
            wave = next;
        }

        // A 500 says nothing by itself: the server's own log of the failure goes with it.
        Assert.True(failures.Count == 0, $"{failures.Count} of {seen.Count} URLs failed:\n" + string.Join("\n", failures.Order())
            + "\n\nServer errors:\n" + fixture.Site.ErrorLog);
    }

    async Task<(string? Failure, List<string> Links)> Visit(string path)
    {
        using var response = await fixture.Http.GetAsync(path);
        var final = response;
        HttpResponseMessage? redirected = null;
        try
        {
            if (response.StatusCode == HttpStatusCode.MovedPermanently && response.Headers.Location is { } location)
            {
                redirected = await fixture.Http.GetAsync(new Uri(new Uri(fixture.Site.BaseUrl, path), location));
                final = redirected;
                if (final.StatusCode != HttpStatusCode.OK) return ($"301 to {location}, which answers {(int)final.StatusCode}", []);
            }
            else if (response.StatusCode != HttpStatusCode.OK)
                return ($"answers {(int)response.StatusCode}{(response.Headers.Location is { } l ? $" to {l}" : "")}", []);

            var type = final.Content.Headers.ContentType?.MediaType ?? "";
            // HTML, CSS and SVG link onwards; JSON alternates, pictures and the rest are end points.
            if (type is not ("text/html" or "text/css" or "image/svg+xml")) return (null, []);
            var body = await final.Content.ReadAsStringAsync();
            var pageUrl = final.RequestMessage!.RequestUri!;
            return (null, LinksIn(body, type).Select(l => Internal(pageUrl, l)).OfType<string>().Distinct().ToList());
        }
        finally
        {
            redirected?.Dispose();
        }
    }

    static IEnumerable<string> LinksIn(string body, string type)
    {
        if (type == "text/css")
        {
            foreach (Match m in CssUrl().Matches(body)) yield return m.Groups[1].Value;
            yield break;
        }
        // href and src on any element, including <a href> and <use xlink:href> inside SVG and <link rel=alternate>.
        foreach (Match m in Attribute().Matches(body)) yield return WebUtility.HtmlDecode(m.Groups[2].Value);
        foreach (Match m in SrcSet().Matches(body))
            foreach (var candidate in WebUtility.HtmlDecode(m.Groups[1].Value).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return candidate.Split(' ')[0];
    }

    /// <summary>The path and query of a link to this site, without the fragment; null for other sites, mailto: and data:.</summary>
    string? Internal(Uri page, string link)
    {
        if (link.Length == 0 || link.StartsWith('#') || link.StartsWith("data:", StringComparison.Ordinal)) return null;
        if (!Uri.TryCreate(page, link, out var url)) return null;
        if (url.Scheme is not ("http" or "https") || url.Authority != fixture.Site.BaseUrl.Authority) return null;
        return url.PathAndQuery;
    }

    [GeneratedRegex("""\s(xlink:href|href|src)\s*=\s*["']([^"']*)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();

    [GeneratedRegex("""\ssrcset\s*=\s*["']([^"']*)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex SrcSet();

    [GeneratedRegex("""url\(\s*["']?([^"')]+)["']?\s*\)""")]
    private static partial Regex CssUrl();
}
