namespace SovietInterventions.BrowserTests;

[Trait("Category", "Slow")]
[Collection("Site")]
public sealed class SmallScreenAndKeyboardTests(SiteFixture fixture)
{
    // 390 px is the width of common phones; anything wider than the viewport makes the whole page scroll sideways.
    [SkippableTheory]
    [InlineData("/")]
    [InlineData(PageTypes.Episode)]
    [InlineData(PageTypes.Country)]
    public async Task Page_fits_a_390_pixel_wide_phone_without_sideways_scrolling(string path)
    {
        var page = await fixture.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(path);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");

        // The innermost elements that stick out tell the page's authors what to fix.
        var culprits = widths[0] <= widths[1] ? [] : await page.EvaluateAsync<string[]>("""
            () => [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
                .slice(0, 8)
                .map(e => `${Math.round(e.getBoundingClientRect().right)} px: ${e.outerHTML.slice(0, 120)}`)
            """);
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]} px wide in a {widths[1]} px window; sticking out:\n{string.Join("\n", culprits)}");
    }

    [SkippableFact]
    public async Task Tab_from_the_top_of_the_home_page_reaches_the_search_box_with_visible_focus()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await TabUntil(page, "input[type=search], input[name=q]");

        await AssertFocusIsVisible(page);
    }

    [SkippableFact]
    public async Task Tab_reaches_the_search_results_with_visible_focus()
    {
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync(PageTypes.SearchWithResults);
        Assert.Equal(200, response!.Status);

        await TabUntil(page, "main a[href^='/episodes/']");

        await AssertFocusIsVisible(page);
    }

    static async Task TabUntil(Microsoft.Playwright.IPage page, string selector)
    {
        var visited = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return;
            visited.Add(await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 80) ?? ''"));
        }
        Assert.Fail($"60 presses of Tab did not reach {selector}; focus went to:\n{string.Join("\n", visited)}");
    }

    static async Task AssertFocusIsVisible(Microsoft.Playwright.IPage page)
    {
        var style = await page.EvaluateAsync<string[]>(
            "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }");
        var outlined = style[0] != "none" && style[1] != "0px";
        var shadowed = style[2] != "none";
        Assert.True(outlined || shadowed, $"The focused element has no visible focus: outline {style[0]} {style[1]}, box-shadow {style[2]}");
    }
}
