using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace SovietInterventions.Web.Tests.Pages;

/// <summary>The site over a database that is not one: the failure is visible but never leaks internals.</summary>
[Collection(SiteCollection.Name)]
public sealed class ErrorTests(EncyclopediaFactory site) : IDisposable
{
    readonly string garbage = Path.Combine(Path.GetTempPath(), $"not-a-database-{Guid.NewGuid():N}.db");

    public void Dispose() => File.Delete(garbage);

    [Fact]
    public async Task A_failing_page_shows_the_error_page_without_a_stack_trace()
    {
        File.WriteAllText(garbage, "this file is not a SQLite database, though it has the name of one\n");
        using var broken = site.WithWebHostBuilder(b => b.UseSetting("Encyclopedia:DatabasePath", garbage));

        var page = await HtmlPage.GetAsync(broken.CreateClient(), "/episodes/hungarian-revolution-1956");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Equal(["Something went wrong"], page.H1s);
        Assert.DoesNotContain("SqliteException", page.Html);
        Assert.DoesNotContain(" at ", HtmlPage.StripTags(page.Html));
        Assert.Equal("nosniff", page.Response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Asking_for_the_error_page_directly_gets_the_404_page() =>
        await SiteAssert.NotFoundAsync(site.CreateClient(), "/error");

    [Fact]
    public async Task Healthz_reports_unhealthy_with_the_reason_when_the_database_cannot_be_read()
    {
        File.WriteAllText(garbage, "this file is not a SQLite database\n");
        using var broken = site.WithWebHostBuilder(b => b.UseSetting("Encyclopedia:DatabasePath", garbage));

        var response = await broken.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("Unhealthy: ", text);
        Assert.Contains(garbage, text);
    }
}
