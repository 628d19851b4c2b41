namespace SovietInterventions.BrowserTests;

/// <summary>Its own sites over edited seeds, so that it can run beside the "Site" collection.</summary>
[Trait("Category", "Slow")]
public sealed class OldSlugTests
{
    [SkippableFact]
    public async Task Link_to_an_episode_under_its_old_title_redirects_to_the_current_page()
    {
        Skip.IfNot(Chromium.IsInstalled, Chromium.Missing);
        var temp = Directory.CreateTempSubdirectory("browser-old-slug-").FullName;
        try
        {
            var seeds = Path.Combine(temp, "seeds");
            Directory.CreateDirectory(seeds);
            foreach (var file in Directory.GetFiles(Repository.Seeds)) File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
            var database = Path.Combine(temp, "e.db");

            // First import: the episode has the slug from its heading.
            await using (var first = await RunningSite.StartAsync(seeds, database)) { }

            // An editor retitles the episode; the next start-up finds the seeds stale and re-imports, keeping the old slug.
            var wiki = Directory.GetFiles(seeds).Single(f => File.ReadAllText(f).Contains("==== 1956: Hungary ===="));
            File.WriteAllText(wiki, File.ReadAllText(wiki).Replace("==== 1956: Hungary ====", "==== 1956: Hungary and Budapest ===="));

            await using var site = await RunningSite.StartAsync(seeds, database);
            await using var browser = new BrowserSession(site);
            var page = await browser.NewPageAsync();
            var response = await page.GotoAsync("/episodes/1956-hungary");

            Assert.Equal(site.Url("/episodes/1956-hungary-and-budapest"), page.Url);
            Assert.Equal(200, response!.Status);
        }
        finally
        {
            try { Directory.Delete(temp, recursive: true); } catch (IOException) { }
        }
    }
}
