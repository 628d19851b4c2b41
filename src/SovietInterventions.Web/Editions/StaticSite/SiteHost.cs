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

    // The factory sets the content root before ConfigureWebHost runs, from this setting or else from the solution's folder,
    // which a published app (the container's /app) does not have: without it /downloads/site.zip answered 500 there.
    protected override IHostBuilder? CreateHostBuilder()
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SOVIETINTERVENTIONS_WEB", Path.GetFullPath(contentRoot));
        return base.CreateHostBuilder();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(contentRoot);
        builder.UseSetting("Encyclopedia:DatabasePath", Path.GetFullPath(databasePath));
        builder.UseSetting("Encyclopedia:SeedsPath", "");
        builder.UseSetting("RateLimits:Enabled", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Encyclopedia:PublicBaseUrl", baseUrl.GetLeftPart(UriPartial.Authority));
        // The crawl asks for each page twice: the hot path's store answers the second time while it still holds the page
        // (a small site: without it the seeds' copy took twice as long), so it keeps the 16 MB it was measured with, twice
        // the site's own; the output cache behind it would only be a copy.
        builder.UseSetting("HotPath:SizeLimitMegabytes", "16");
        builder.UseSetting("HotPath:OutputCacheSizeLimitMegabytes", "1");
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

    /// <summary>Writes the static copy of the database's site straight into a zip, one file at a time (no folder, no page kept).</summary>
    public static async Task<SiteExport.Summary> ZipAsync(string databasePath, string zipFile, string contentRoot, string? publicBaseUrl, CancellationToken cancel = default)
    {
        await using var host = new SiteHost(databasePath, contentRoot, publicBaseUrl);
        using var client = host.CreateCrawler();
        var temporary = $"{zipFile}.tmp-{Guid.NewGuid():N}";
        try
        {
            SiteExport.Summary summary;
            using (var files = new SiteFiles.Zip(File.Create(temporary)))
                summary = await new SiteExport(client).WriteAsync(files, cancel);
            File.Move(temporary, zipFile, overwrite: true);
            return summary;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
