using Microsoft.Playwright;

namespace SovietInterventions.BrowserTests;

/// <summary>One running site over the repository's seeds, one browser, shared by the tests of the "Site" collection:
/// starting the app and importing the seeds is the slow part.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    readonly string temp = Directory.CreateTempSubdirectory("browser-tests-").FullName;
    IPlaywright? playwright;
    IBrowser? browser;

    public RunningSite Site { get; private set; } = null!;

    // No automatic redirects: the crawler and the page fetches must see a 301 as a 301.
    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public PageTypes PageTypes { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Set before Playwright starts, so that its driver never tries to download a browser.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Site = await RunningSite.StartAsync(Repository.Seeds, Path.Combine(temp, "e.db"));
        Http.BaseAddress = Site.BaseUrl;
        PageTypes = await PageTypes.DiscoverAsync(Http);
    }

    /// <summary>A fresh browser context (no shared cookies or history), at the given width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        Skip.IfNot(Chromium.IsInstalled, Chromium.Missing);
        playwright ??= await Playwright.CreateAsync();
        browser ??= await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { BaseURL = Site.BaseUrl.ToString(), ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        // A first, uncached page on a two-core CI machine that is also running the browser can take over 15 s.
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>The status a path answers with, without following redirects.</summary>
    public async Task<int> StatusAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return (int)response.StatusCode;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        if (Site is not null) await Site.DisposeAsync();
        Http.Dispose();
        try { Directory.Delete(temp, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition("Site")]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>;
