using System.Net;

namespace SovietInterventions.Web.Tests;

/// <summary>Assertions every page type shares.</summary>
public static class SiteAssert
{
    public static async Task<HtmlPage> OkAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.True(page.Status == HttpStatusCode.OK, $"{url} answered {(int)page.Status}");
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
        return page;
    }

    /// <summary>Follows every internal link on the page and expects each to answer 200.</summary>
    public static async Task LinksResolveAsync(HttpClient client, HtmlPage page)
    {
        Assert.NotEmpty(page.InternalLinks);
        var broken = new List<string>();
        foreach (var link in page.InternalLinks)
        {
            var response = await client.GetAsync(link);
            if (response.StatusCode != HttpStatusCode.OK) broken.Add($"{link} → {(int)response.StatusCode}");
        }
        Assert.True(broken.Count == 0, $"Broken links on {page.Url}:\n{string.Join('\n', broken)}");
    }

    /// <summary>Same-page links (#p12, #events) point at ids that exist on the page they name.</summary>
    public static async Task AnchorsExistAsync(HttpClient client, HtmlPage page)
    {
        var anchored = page.Hrefs.Where(h => h.StartsWith('/') && h.Contains('#')).Distinct().ToList();
        foreach (var group in anchored.GroupBy(h => h.Split('#')[0]))
        {
            var target = group.Key == new Uri(new Uri("http://localhost"), page.Url).AbsolutePath ? page : await HtmlPage.GetAsync(client, group.Key);
            foreach (var href in group)
                Assert.Contains(href.Split('#')[1], target.Ids);
        }
    }

    public static void CanonicalIs(HtmlPage page, string absoluteUrl) => Assert.Equal(absoluteUrl, page.Canonical);

    public static async Task RedirectsPermanentlyAsync(HttpClient client, string oldUrl, string currentUrl)
    {
        var response = await client.GetAsync(oldUrl);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(currentUrl, response.Headers.Location?.OriginalString);
    }

    public static async Task<HtmlPage> NotFoundAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(["Page not found"], page.H1s);
        Assert.Contains("action=\"/search\"", page.Html);
        return page;
    }
}
