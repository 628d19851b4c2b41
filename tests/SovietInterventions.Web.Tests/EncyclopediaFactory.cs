using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace SovietInterventions.Web.Tests;

/// <summary>The site in Production mode over a fresh copy of <see cref="SampleData"/> in a temp folder.</summary>
public sealed class EncyclopediaFactory : WebApplicationFactory<Program>
{
    readonly string folder = Directory.CreateTempSubdirectory("encyclopedia-web-tests-").FullName;

    public string DatabasePath => Path.Combine(folder, "encyclopedia.db");

    public EncyclopediaFactory() => SampleData.CreateDatabase(DatabasePath);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, so that the tests see what visitors see (error page, HSTS).
        builder.UseEnvironment("Production");
        builder.UseSetting("Encyclopedia:DatabasePath", DatabasePath);
        builder.UseSetting("Encyclopedia:SeedsPath", "");
        // As in production: absolute URLs from the configured address, never from the Host header.
        builder.UseSetting("Encyclopedia:PublicBaseUrl", "http://localhost");
    }

    /// <summary>A client that reports redirects instead of following them.</summary>
    public HttpClient CreateClientWithoutRedirects(string baseAddress = "http://localhost") =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        // Dispose runs from both Dispose and DisposeAsync.
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<EncyclopediaFactory>
{
    public const string Name = "site";
}
