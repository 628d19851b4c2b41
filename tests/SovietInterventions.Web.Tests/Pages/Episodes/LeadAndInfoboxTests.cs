namespace SovietInterventions.Web.Tests.Pages.Episodes;

[Collection(SiteCollection.Name)]
public sealed class LeadAndInfoboxTests(EncyclopediaFactory site)
{
    const string Hungary = "/episodes/hungarian-revolution-1956";
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task The_lead_gives_its_sentences_each_linked_to_its_passage()
    {
        var page = await SiteAssert.OkAsync(client, Hungary);

        var lead = page.Text[page.Text.IndexOf("class=\"lead\"", StringComparison.Ordinal)..page.Text.IndexOf("id=\"infobox\"", StringComparison.Ordinal)];
        Assert.Contains("On 4 November 1956 Soviet tanks entered Budapest.", lead);
        Assert.Contains("href=\"/sources/soviet-involvement-in-regime-change#p8\"", lead);
        Assert.DoesNotContain("crushed the Hungarian Revolution", lead);
    }

    [Fact]
    public async Task Without_lead_sentences_the_summary_opens_the_page()
    {
        var page = await SiteAssert.OkAsync(client, "/episodes/soviet-afghan-war");

        Assert.Contains("<p class=\"summary\">The Soviet Army invaded Afghanistan", page.Text);
    }

    [Fact]
    public async Task Every_infobox_field_from_the_sources_names_its_passage()
    {
        var infobox = (await SiteAssert.OkAsync(client, Hungary)).Section("infobox");

        Assert.Matches("<dt>Where</dt>\\s*<dd>Budapest <a class=\"source-link\" href=\"/sources/soviet-involvement-in-regime-change#p8\"", infobox);
        Assert.Matches("<dt>Soviet forces</dt>\\s*<dd>Soviet tanks <a class=\"source-link\" href=\"/sources/soviet-involvement-in-regime-change#p8\"", infobox);
        Assert.Contains("<dt>Kind</dt>", infobox);
        Assert.Contains("4–10 November 1956", infobox);
    }

    [Fact]
    public async Task Fields_no_source_gives_are_absent()
    {
        var hungary = (await SiteAssert.OkAsync(client, Hungary)).Section("infobox");
        var afghanistan = (await SiteAssert.OkAsync(client, "/episodes/soviet-afghan-war")).Section("infobox");

        foreach (var field in new[] { "sided with", "Soviet commanders", "Opponents", "Result" }) Assert.DoesNotContain(field, hungary);
        foreach (var field in new[] { "Where", "Soviet forces" }) Assert.DoesNotContain(field, afghanistan);
    }

    [Fact]
    public async Task The_heading_gives_the_full_title_and_the_decade_strip_the_short_one()
    {
        var page = await SiteAssert.OkAsync(client, Hungary);

        Assert.Equal(["Soviet intervention in Hungary"], page.H1s);
        var strip = PageSvg.One(page, "timeline-strip", layout: "");
        Assert.Contains("Hungary (1956)", strip.ToString());
    }
}
