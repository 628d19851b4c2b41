using System.Net;

namespace SovietInterventions.Web.Tests;

[Collection(SiteCollection.Name)]
public sealed class StaticAssetsTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Theory]
    [InlineData("/css/site.css", ":focus-visible")]
    [InlineData("/css/print.css", ".print-url")]
    public async Task The_stylesheets_are_served_from_the_site_itself_with_the_security_headers(string url, string rule)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(rule, await response.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_template_leftovers_are_gone()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Privacy")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/lib/bootstrap/dist/css/bootstrap.min.css")).StatusCode);
    }
}
