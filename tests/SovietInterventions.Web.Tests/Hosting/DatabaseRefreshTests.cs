using System.Net;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Web.Tests.Hosting;

/// <summary>A new import while the site runs is served without a restart, and old slugs keep redirecting.</summary>
public sealed class DatabaseRefreshTests : IDisposable
{
    private readonly SeedsFactory site = new();

    [Fact]
    public async Task A_new_import_replacing_the_database_is_served_and_the_old_slug_redirects()
    {
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var before = await client.GetAsync("/episodes/1956-hungary");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        var repository = SeedsFactory.RepositoryRoot();
        var seeds = Directory.CreateTempSubdirectory("changed-seeds-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(repository, "seeds")))
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        var wiki = Path.Combine(seeds, "soviet-involvement-in-regime-change.wiki");
        File.WriteAllText(wiki, File.ReadAllText(wiki).Replace("==== 1956: Hungary ====", "==== 1956: Hungary and Budapest ===="));
        SeedImport.Run(new ImportOptions(seeds, site.DatabasePath, Path.Combine(repository, "data")));
        Directory.Delete(seeds, recursive: true);

        // The site looks at the file at most once a second.
        HttpResponseMessage after = before;
        for (var attempt = 0; attempt < 30 && after.StatusCode == HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(200);
            after = await client.GetAsync("/episodes/1956-hungary");
        }

        Assert.Equal(HttpStatusCode.MovedPermanently, after.StatusCode);
        Assert.Equal("/episodes/1956-hungary-and-budapest", after.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/episodes/1956-hungary-and-budapest")).StatusCode);
    }

    public void Dispose() => site.Dispose();
}
