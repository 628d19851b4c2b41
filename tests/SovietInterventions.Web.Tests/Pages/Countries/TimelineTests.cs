namespace SovietInterventions.Web.Tests.Pages.Countries;

[Collection(SiteCollection.Name)]
public sealed class TimelineTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task A_country_page_draws_the_episodes_that_targeted_it_and_no_others()
    {
        var page = await SiteAssert.OkAsync(client, "/countries/hungary");

        Assert.Equal(["/episodes/communist-takeover-of-hungary", "/episodes/hungarian-revolution-1956"],
            PageSvg.Links(PageSvg.One(page, "timeline")).Order());
    }

    [Fact]
    public async Task A_country_without_episodes_of_its_own_has_no_timeline() =>
        Assert.Empty(PageSvg.All(await SiteAssert.OkAsync(client, "/countries/slovakia"), "timeline"));
}
