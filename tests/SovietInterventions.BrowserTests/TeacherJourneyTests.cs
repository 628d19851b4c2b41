using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SovietInterventions.BrowserTests;

[Trait("Category", "Slow")]
[Collection("Site")]
public sealed partial class TeacherJourneyTests(SiteFixture fixture)
{
    [SkippableFact]
    public async Task Teacher_searches_by_country_and_decade_and_the_cited_permalink_opens_the_same_page()
    {
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync(PageTypes.SearchWithResults);
        Assert.Equal(200, response!.Status);

        var result = page.Locator("main a[href^='/episodes/']").First;
        await result.ClickAsync();
        await page.ArrivedAtAsync("**/episodes/**");

        await AssertPermalinkOpensTheSamePage(page);
    }

    // The citation half of the teacher's journey does not need the search page, so it is checked even before that exists.
    [SkippableFact]
    public async Task Permalink_in_Cite_this_page_opens_the_same_episode()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(PageTypes.Episode);

        await AssertPermalinkOpensTheSamePage(page);
    }

    static async Task AssertPermalinkOpensTheSamePage(IPage page)
    {
        var heading = await page.Locator("h1").InnerTextAsync();
        var cite = await page.Locator("#cite").InnerTextAsync();
        // What a teacher copies is text, so the URL is read from the text, not from the link's href.
        var permalink = Url().Match(cite);
        Assert.True(permalink.Success, $"No URL in the Cite this page text:\n{cite}");

        await page.GotoAsync(permalink.Value);

        Assert.Equal(heading, await page.Locator("h1").InnerTextAsync());
    }

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,)]")]
    private static partial Regex Url();
}
