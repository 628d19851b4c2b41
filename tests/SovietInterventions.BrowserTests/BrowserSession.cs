using Microsoft.Playwright;

namespace SovietInterventions.BrowserTests;

/// <summary>A browser of its own, for tests that run their own site.</summary>
public sealed class BrowserSession(RunningSite site) : IAsyncDisposable
{
    IPlaywright? playwright;
    IBrowser? browser;

    public async Task<IPage> NewPageAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright ??= await Playwright.CreateAsync();
        browser ??= await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { BaseURL = site.BaseUrl.ToString() });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
    }
}
