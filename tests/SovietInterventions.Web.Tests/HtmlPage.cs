using System.Net;
using System.Text.RegularExpressions;

namespace SovietInterventions.Web.Tests;

/// <summary>A fetched page and the few things the tests read from its HTML (the site's own markup, so patterns suffice).</summary>
public sealed partial class HtmlPage(string url, HttpResponseMessage response, string html)
{
    public string Url { get; } = url;
    public HttpResponseMessage Response { get; } = response;
    public HttpStatusCode Status => Response.StatusCode;
    public string Html { get; } = html;

    /// <summary>The HTML with character references decoded, for checking visible text.</summary>
    public string Text => WebUtility.HtmlDecode(Html);

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return new HtmlPage(url, response, await response.Content.ReadAsStringAsync());
    }

    public string Title => WebUtility.HtmlDecode(TitleElement().Match(Html).Groups[1].Value).Trim();

    public IReadOnlyList<string> H1s => [.. H1().Matches(Html).Select(m => WebUtility.HtmlDecode(StripTags(m.Groups[1].Value)).Trim())];

    public IReadOnlyList<int> HeadingLevels => [.. Heading().Matches(Html).Select(m => int.Parse(m.Groups[1].Value))];

    public string? Canonical => Canonical_().Match(Html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public IReadOnlyList<string> Hrefs => [.. Href().Matches(Html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>Links within the site, without their fragments, each once.</summary>
    public IReadOnlyList<string> InternalLinks => [.. Hrefs
        .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
        .Select(h => h.Split('#')[0])
        .Where(h => h.Length > 0)
        .Distinct()];

    public IReadOnlyList<string> Ids => [.. Id().Matches(Html).Select(m => m.Groups[1].Value)];

    /// <summary>The HTML of the element with this id, up to its closing tag (elements in these tests do not nest their own kind).</summary>
    public string Section(string id)
    {
        var match = Regex.Match(Html, $"<(\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        Assert.True(match.Success, $"{Url} has no element with id=\"{id}\"");
        return WebUtility.HtmlDecode(match.Groups[2].Value);
    }

    public static string StripTags(string html) => Tag().Replace(html, "");

    [GeneratedRegex(@"<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex(@"<h1\b[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();

    [GeneratedRegex(@"<h([1-6])\b")]
    private static partial Regex Heading();

    [GeneratedRegex(@"<link rel=""canonical"" href=""([^""]*)""")]
    private static partial Regex Canonical_();

    [GeneratedRegex(@"\bhref=""([^""]*)""")]
    private static partial Regex Href();

    [GeneratedRegex(@"\bid=""([^""]*)""")]
    private static partial Regex Id();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
