using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SovietInterventions.Web.Editions.StaticSite;

/// <summary>
/// The site hosted in memory (no port, no network) over one database, read-only and without a start-up import,
/// so that <see cref="SiteExport"/> can crawl exactly what visitors would see.
/// </summary>
public sealed class SiteHost(string databasePath, string contentRoot, string? publicBaseUrl) : WebApplicationFactory<Program>
{
    // The crawler asks for the public host itself: any other Host header is refused once PublicBaseUrl is set.
    readonly Uri baseUrl = new(string.IsNullOrWhiteSpace(publicBaseUrl) ? "http://localhost" : publicBaseUrl);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(contentRoot);
        builder.UseSetting("Encyclopedia:DatabasePath", Path.GetFullPath(databasePath));
        builder.UseSetting("Encyclopedia:SeedsPath", "");
        builder.UseSetting("RateLimits:Enabled", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Encyclopedia:PublicBaseUrl", baseUrl.GetLeftPart(UriPartial.Authority));
    }

    public HttpClient CreateCrawler() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = baseUrl });

    /// <summary>Writes the static copy of the database's site into the folder, and zips it when asked.</summary>
    public static async Task<SiteExport.Summary> ExportAsync(string databasePath, string folder, string contentRoot, string? publicBaseUrl, string? zipFile = null)
    {
        await using var host = new SiteHost(databasePath, contentRoot, publicBaseUrl);
        using var client = host.CreateCrawler();
        var summary = await new SiteExport(client).WriteAsync(folder);
        if (zipFile is not null)
        {
            var temporary = $"{zipFile}.tmp-{Guid.NewGuid():N}";
            System.IO.Compression.ZipFile.CreateFromDirectory(folder, temporary, System.IO.Compression.CompressionLevel.Optimal, includeBaseDirectory: false);
            File.Move(temporary, zipFile, overwrite: true);
        }
        return summary;
    }
}
