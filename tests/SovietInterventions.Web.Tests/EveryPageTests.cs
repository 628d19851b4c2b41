using System.Net;

namespace SovietInterventions.Web.Tests;

/// <summary>What every page type must have, whatever it shows: headers, landmarks, one h1, a canonical URL, no inline styles or scripts.</summary>
[Collection(SiteCollection.Name)]
public sealed class EveryPageTests(EncyclopediaFactory site)
{
    public static TheoryData<string> Pages =>
    [
        "/", "/episodes/hungarian-revolution-1956", "/countries", "/countries/czechoslovakia", "/actors", "/actors/imre-nagy",
        "/timeline", "/decades", "/decades/1950s", "/map", "/map?decade=1960s", "/sources", "/sources/soviet-involvement-in-regime-change",
        "/sources/soviet-foreign-policy-notes", "/no-such-page",
    ];

    readonly HttpClient client = site.CreateClient();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_carries_the_security_headers(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("camera=(), microphone=(), geolocation=()", response.Headers.GetValues("Permissions-Policy").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_no_inline_styles_or_scripts_so_the_policy_needs_no_unsafe_inline(string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        // JSON-LD is a data block, which script-src does not govern; anything else would need 'unsafe-inline'.
        var html = System.Text.RegularExpressions.Regex.Replace(page.Html, @"<script type=""application/ld\+json"">[^<]*</script>", "");

        Assert.DoesNotMatch(@"\sstyle\s*=", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_language_landmarks_a_skip_link_and_one_h1_with_headings_in_order(string url)
    {
        var page = await HtmlPage.GetAsync(client, url);

        Assert.Contains("<html lang=\"en\">", page.Html);
        foreach (var landmark in new[] { "<header", "<nav", "<main id=\"main\"", "<footer" }) Assert.Contains(landmark, page.Html);
        Assert.Matches("<body>\\s*<a class=\"skip-link\" href=\"#main\">", page.Html);
        Assert.Single(page.H1s);
        var levels = page.HeadingLevels;
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{url}: h{levels[i - 1]} is followed by h{levels[i]}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_a_title_naming_it_and_an_absolute_canonical_url(string url)
    {
        var page = await HtmlPage.GetAsync(client, url);

        const string SiteName = " · Soviet Interventions 1918–1991";
        Assert.EndsWith(SiteName, page.Title);
        var name = page.Title[..^SiteName.Length];
        Assert.NotEmpty(name);
        // The home page's title describes the site; every other page's names what its h1 names.
        if (url != "/") Assert.Equal(page.H1s.Single(), name);
        Assert.True(Uri.TryCreate(page.Canonical, UriKind.Absolute, out var canonical), $"{url}: canonical {page.Canonical}");
        Assert.Equal("localhost", canonical.Host);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_links_its_stylesheets_fingerprinted(string url)
    {
        var page = await HtmlPage.GetAsync(client, url);

        // Static assets put the fingerprint in the file name (site.39btwzu5mx.css) rather than a ?v= query.
        Assert.Matches(@"<link rel=""stylesheet"" href=""/css/site\.\w+\.css"">", page.Html);
        Assert.Matches(@"<link rel=""stylesheet"" href=""/css/print\.\w+\.css"" media=""print"">", page.Html);
        // No request leaves the site: resources are loaded only from relative URLs.
        Assert.DoesNotMatch(@"\ssrc=""(https?:)?//", page.Html);
        Assert.DoesNotMatch(@"<link rel=""(?!canonical)[^""]*"" href=""(https?:)?//", page.Html);
    }

    [Fact]
    public async Task Hsts_is_sent_over_https()
    {
        // HSTS leaves localhost out, so the site is served under its public name.
        using var named = site.WithWebHostBuilder(b => b.UseSetting("Encyclopedia:PublicBaseUrl", "https://encyclopedia.example"));
        var response = await named.CreateClient(new() { BaseAddress = new Uri("https://encyclopedia.example") }).GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
    }
}
