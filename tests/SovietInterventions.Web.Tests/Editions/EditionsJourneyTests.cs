using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Web.Tests.Editions;

/// <summary>
/// The check of issue 13: import, note an episode's edition link, change its text, import again: the old link
/// serves the old text with a banner, the current page the new text, the changes page lists it, the API lists
/// two editions, and importing the same seeds again makes no third.
/// </summary>
public sealed partial class EditionsJourneyTests : WebApplicationFactory<Program>
{
    const string Notes = "# Teaching notes\n\n## 1956: Hungary\n\n{0}\n\n## 1968: Czechoslovakia\n\nWarsaw Pact troops invaded Czechoslovakia in August 1968.\n";
    const string OldText = "Soviet tanks entered Budapest on 4 November 1956.";
    const string NewText = "Soviet tanks entered Budapest on 4 November 1956 and crushed the rising within a week.";

    readonly string folder = Directory.CreateTempSubdirectory("editions-journey-").FullName;
    string Seeds => Path.Combine(folder, "seeds");
    string DatabasePath => Path.Combine(folder, "site", "encyclopedia.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Encyclopedia:DatabasePath", DatabasePath);
        builder.UseSetting("Encyclopedia:SeedsPath", "");
        builder.UseSetting("Encyclopedia:PublicBaseUrl", "http://localhost");
    }

    void Import(string text, string heading = "1956: Hungary")
    {
        Directory.CreateDirectory(Seeds);
        File.WriteAllText(Path.Combine(Seeds, "notes.md"), string.Format(Notes, text).Replace("1956: Hungary", heading));
        SeedImport.Run(new ImportOptions(Seeds, DatabasePath, Path.Combine(SeedsFactory.RepositoryRoot(), "data")));
    }

    // The site looks at the database and the editions index at most once a second.
    static async Task<JsonElement[]> EditionsOnceThereAre(HttpClient client, int count)
    {
        JsonElement[] editions = [];
        for (var attempt = 0; attempt < 30; attempt++)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/editions"));
            editions = [.. json.RootElement.GetProperty("editions").EnumerateArray().Select(e => e.Clone())];
            if (editions.Length == count) return editions;
            await Task.Delay(200);
        }
        return editions;
    }

    [Fact]
    public async Task An_edition_link_keeps_the_old_text_while_the_current_page_shows_the_new_one()
    {
        Import(OldText);
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var first = Assert.Single(await EditionsOnceThereAre(client, 1));
        var slug = JsonDocument.Parse(await client.GetStringAsync("/api/episodes?q=Budapest")).RootElement.GetProperty("items")[0].GetProperty("slug").GetString()!;
        var current = await SiteAssert.OkAsync(client, $"/episodes/{slug}");
        var permanent = new Uri(first.GetProperty("url").GetString() + $"/episodes/{slug}").AbsolutePath;
        Assert.Contains(permanent, current.Section("cite"));

        Import(NewText);
        var editions = await EditionsOnceThereAre(client, 2);
        Assert.Equal(2, editions.Length);

        var old = await SiteAssert.OkAsync(client, permanent);
        Assert.Contains(OldText, old.Text);
        Assert.DoesNotContain(NewText, old.Text);
        Assert.Contains("You are reading edition " + first.GetProperty("id").GetString(), HtmlPage.StripTags(old.Text));
        Assert.Contains("current page differs", HtmlPage.StripTags(old.Text));

        var country = await SiteAssert.OkAsync(client, $"/editions/{first.GetProperty("id").GetString()}/countries/hungary");
        Assert.Contains("current page has not changed since", HtmlPage.StripTags(country.Text));

        var now = await SiteAssert.OkAsync(client, $"/episodes/{slug}");
        Assert.Contains(NewText, now.Text);
        Assert.DoesNotContain("edition-banner", now.Html);

        var changes = await SiteAssert.OkAsync(client, $"/episodes/{slug}/changes");
        // The passage was edited, so the change is shown word by word: the words kept, and the words added.
        static string Reading(string line, string without) => System.Net.WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(line, $"<{without}>.*?</{without}>", ""), "<[^>]+>", ""));
        var edited = EditedLine().Matches(changes.Html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(edited, line => Reading(line, "del") == NewText && Reading(line, "ins") == OldText && line.Contains("<ins>"));

        var api = JsonDocument.Parse(await client.GetStringAsync($"/api/episodes/{slug}?edition={first.GetProperty("id").GetString()}"));
        Assert.Contains(OldText, api.RootElement.GetRawText());

        Import(NewText);
        Assert.Equal(2, SovietInterventions.Core.Editions.EditionIndex.Load(SovietInterventions.Core.Editions.EditionIndex.FolderFor(DatabasePath)).Editions.Count);
        await Task.Delay(1100);
        Assert.Equal(2, (await EditionsOnceThereAre(client, 2)).Length);
    }

    [Fact]
    public async Task An_old_slug_inside_an_edition_redirects_within_that_edition()
    {
        Import(OldText);
        Import(OldText, heading: "1956: Hungary and Budapest");
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var editions = await EditionsOnceThereAre(client, 2);
        var newest = editions[0].GetProperty("id").GetString()!;
        var renamed = editions[0].GetProperty("changes").GetProperty("added").EnumerateArray().Select(a => a.GetString()).ToList();
        var oldSlug = editions[1].GetProperty("changes").ValueKind == JsonValueKind.Null
            ? JsonDocument.Parse(await client.GetStringAsync($"/api/episodes?q=Budapest&edition={editions[1].GetProperty("id").GetString()}")).RootElement.GetProperty("items")[0].GetProperty("slug").GetString()!
            : throw new InvalidOperationException("the first edition has no edition before it");

        var response = await client.GetAsync($"/editions/{newest}/episodes/{oldSlug}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"/editions/{newest}/episodes/", location);
        Assert.NotEqual($"/editions/{newest}/episodes/{oldSlug}", location);
        Assert.Empty(renamed);
    }

    [Fact]
    public async Task An_edition_that_is_not_kept_is_not_found()
    {
        Import(OldText);
        using var client = CreateClient();

        await SiteAssert.NotFoundAsync(client, "/editions/2000-01-01-abcdef/episodes/anything");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/episodes?edition=2000-01-01-abcdef")).StatusCode);
    }

    [GeneratedRegex("<li class=\"diff-edited\"><span class=\"visually-hidden\">Changed: </span>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex EditedLine();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
