using Microsoft.Playwright;

namespace SovietInterventions.BrowserTests;

[Trait("Category", "Slow")]
[Collection("Site")]
public sealed class StudentJourneyTests(SiteFixture fixture)
{
    [SkippableFact]
    public async Task Student_goes_from_a_decade_to_an_episode_to_a_country()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("main a[href='/decades/1950s']:visible").First.ClickAsync();
        await page.ArrivedAtAsync("**/decades/1950s");
        Assert.Equal("The 1950s", await page.Locator("h1").InnerTextAsync());

        await page.Locator("#episodes a[href='/episodes/1956-hungary']:visible").First.ClickAsync();
        await page.ArrivedAtAsync("**/episodes/1956-hungary");
        Assert.Contains("Hungary", await page.Locator("h1").InnerTextAsync());

        var country = page.Locator("#infobox a[href^='/countries/']").First;
        var href = await country.GetAttributeAsync("href");
        var name = await country.InnerTextAsync();
        await country.ClickAsync();
        await page.ArrivedAtAsync("**" + href);

        Assert.Equal(fixture.Site.Url(href!), page.Url);
        Assert.Equal(name, await page.Locator("h1").InnerTextAsync());
    }
}
