namespace SovietInterventions.Web.Tests.Pages.Decades;

[Collection(SiteCollection.Name)]
public sealed class ChartTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    static readonly string[] AllDecades =
        ["/decades/1910s", "/decades/1920s", "/decades/1930s", "/decades/1940s", "/decades/1950s", "/decades/1960s", "/decades/1970s", "/decades/1980s", "/decades/1990s"];

    [Theory]
    [InlineData("/decades")]
    [InlineData("/decades/1950s")]
    public async Task The_decade_chart_links_every_decade(string url)
    {
        var chart = PageSvg.One(await SiteAssert.OkAsync(client, url), "decade-chart", layout: "");

        Assert.Equal(AllDecades, PageSvg.Links(chart));
        Assert.Contains(chart.Descendants(), e => e.Name.LocalName == "title" && e.Value == "1980s: 1 episode");
    }
}
