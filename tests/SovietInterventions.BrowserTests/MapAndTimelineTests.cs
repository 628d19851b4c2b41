using Microsoft.Playwright;

namespace SovietInterventions.BrowserTests;

[Trait("Category", "Slow")]
[Collection("Site")]
public sealed class MapAndTimelineTests(SiteFixture fixture)
{
    [SkippableFact]
    public async Task Clicking_a_country_on_the_map_opens_its_page()
    {
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync("/map");
        Assert.Equal(200, response!.Status);

        await AssertClickingOpensTheLinkedPage(page, page.Locator("main svg a").First);
    }

    [SkippableFact]
    public async Task Clicking_an_episode_in_the_timeline_graphic_opens_its_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/timeline");
        var links = page.Locator("main svg a");
        Assert.True(await links.CountAsync() > 0, "/timeline has no <svg> with links");

        await AssertClickingOpensTheLinkedPage(page, links.First);
    }

    [SkippableFact]
    public async Task Clicking_an_episode_in_the_timeline_list_opens_its_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/timeline");

        await AssertClickingOpensTheLinkedPage(page, page.Locator("main section.decade a[href^='/episodes/']").First);
    }

    static async Task AssertClickingOpensTheLinkedPage(IPage page, ILocator link)
    {
        // SVG links may use href or the older xlink:href.
        var href = await link.EvaluateAsync<string>("a => a.getAttribute('href') ?? a.getAttribute('xlink:href')");
        Assert.False(string.IsNullOrEmpty(href), "The link has no href");
        var expected = new Uri(new Uri(page.Url), href).ToString();

        await link.ClickAsync();
        await page.ArrivedAtAsync(expected);

        Assert.Equal(expected, page.Url);
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("h1").InnerTextAsync()), "The linked page has no h1");
    }
}
