using System.Net;

namespace SovietInterventions.Web.Tests;

[Collection(SiteCollection.Name)]
public sealed class HealthTests(EncyclopediaFactory site)
{
    [Fact]
    public async Task Healthz_reports_healthy_when_the_database_answers()
    {
        var response = await site.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
