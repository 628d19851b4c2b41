using SovietInterventions.Core.Editions;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Editions.StaticSite;

/// <summary>
/// /downloads/site.zip: the current edition as a static site, made on the first request (by crawling the site
/// hosted in memory) and kept beside the edition, so that each edition is copied once.
/// </summary>
public sealed class SiteZip(EditionCatalog catalog, IWebHostEnvironment environment, PublicUrl publicUrl, ILogger<SiteZip> logger)
{
    public const string Path = "/downloads/site.zip";
    readonly SemaphoreSlim making = new(1, 1);

    public static string FileNameFor(Edition edition) => $"soviet-interventions-{edition.Id}.zip";

    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancel)
    {
        if (catalog.Find(catalog.Index.Current) is not { } edition) return Results.NotFound();
        var zip = System.IO.Path.Combine(catalog.Folder, $"{edition.Id}.site.zip");
        if (!File.Exists(zip))
        {
            await making.WaitAsync(cancel);
            try
            {
                if (!File.Exists(zip)) await MakeAsync(edition, zip, publicUrl.For(request, ""));
            }
            finally
            {
                making.Release();
            }
        }
        return File.Exists(zip) ? Results.File(zip, "application/zip", FileNameFor(edition)) : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    async Task MakeAsync(Edition edition, string zip, string baseUrl)
    {
        // The current database, beside which the editions index lets the copy's citations name the edition.
        var summary = await SiteHost.ZipAsync(catalog.DatabasePath, zip, environment.ContentRootPath, baseUrl);
        // An import during the copy would have mixed two editions under one name: drop it, the next request makes a new one.
        if (EditionIndex.Load(catalog.Folder).Current != edition.Id) File.Delete(zip);
        else logger.LogInformation("Copied edition {Edition} as {Pages} static pages into {Zip}", edition.Id, summary.Pages, zip);
    }
}
