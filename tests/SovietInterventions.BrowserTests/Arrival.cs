using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SovietInterventions.BrowserTests;

public static class Arrival
{
    /// <summary>Waits until the page a click opened is at <paramref name="glob"/> ("**" for any run of characters), by looking at
    /// its address until it matches, not by waiting for navigation events: headless Chromium now and then let WaitForURLAsync
    /// time out on a page that was already there, title and all (1 run in 6 of the student journey on 3 December 2026, on the
    /// site of before that day's changes too). The assertions after wait for their own elements.</summary>
    public static Task ArrivedAtAsync(this IPage page, string glob) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(glob).Replace(@"\*\*", ".*", StringComparison.Ordinal) + "$"),
            new() { Timeout = 30_000 }); // as the pages' own default (SiteFixture): a first uncached page on CI can take over 15 s
}
