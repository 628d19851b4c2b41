using Deque.AxeCore.Playwright;

namespace SovietInterventions.BrowserTests;

[Trait("Category", "Slow")]
[Collection("Site")]
public sealed class AccessibilityTests(SiteFixture fixture)
{
    public static TheoryData<string> Pages => [.. PageTypes.Names];

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_type_has_no_serious_or_critical_axe_violations(string pageType)
    {
        var path = fixture.PageTypes[pageType];
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.True(response!.Status != 404 || PageTypes.Expects404(pageType), $"{path} answers 404");

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on {path}:\n" + string.Join("\n", serious.Select(v =>
            $"- {v.Impact} {v.Id}: {v.Help} ({v.HelpUrl})\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target} {n.Html}")))));
    }
}
