using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace SovietInterventions.Web.Tests.Hosting;

/// <summary>The site started where there is no database yet: a short 503 that says what to run, until one appears.</summary>
public sealed class NoDatabaseTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("no-database-").FullName;
    readonly WebApplicationFactory<Program> site;

    string DatabasePath => Path.Combine(folder, "encyclopedia.db");

    public NoDatabaseTests() => site = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
        .UseEnvironment("Production")
        .UseSetting("Encyclopedia:DatabasePath", DatabasePath)
        .UseSetting("Encyclopedia:SeedsPath", "")
        .UseSetting("Encyclopedia:PublicBaseUrl", "http://localhost"));

    public void Dispose()
    {
        site.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/episodes/hungarian-revolution-1956")]
    [InlineData("/search?q=tanks")]
    [InlineData("/no-such-page")]
    public async Task Every_page_answers_503_not_imported_yet_with_retry_after(string path)
    {
        var response = await site.CreateClient().GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("Not imported yet", body);
        Assert.Contains("import seeds", body);
        Assert.DoesNotContain("Exception", body);
    }

    [Fact]
    public async Task The_api_answers_503_as_problem_details()
    {
        var response = await site.CreateClient().GetAsync("/api/episodes");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Healthz_is_unhealthy_naming_the_missing_file()
    {
        var response = await site.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("Unhealthy: ", text);
        Assert.Contains(DatabasePath, text);
    }

    [Fact]
    public async Task The_site_recovers_by_itself_when_an_import_lands()
    {
        using var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/")).StatusCode);

        SampleData.CreateDatabase(DatabasePath);

        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 30 && status != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(200);
            status = (await client.GetAsync("/")).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
