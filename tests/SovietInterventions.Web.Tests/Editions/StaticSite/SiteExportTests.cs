using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SovietInterventions.Web.Editions.StaticSite;

namespace SovietInterventions.Web.Tests.Editions.StaticSite;

/// <summary>The static copy of the site, written once for the class from the sample database: as a folder, and straight into a zip.</summary>
public sealed class SiteExportFixture : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("site-export-").FullName;
    public string Site => Path.Combine(Folder, "site");
    public SiteExport.Summary Summary { get; }
    public SiteExport.Summary ZipSummary { get; }

    public SiteExportFixture()
    {
        var database = Path.Combine(Folder, "encyclopedia.db");
        SampleData.CreateDatabase(database);
        var contentRoot = Path.Combine(SeedsFactory.RepositoryRoot(), "src", "SovietInterventions.Web");
        Summary = SiteHost.ExportAsync(database, Site, contentRoot, "https://encyclopedia.example").GetAwaiter().GetResult();
        ZipSummary = SiteHost.ZipAsync(database, Path.Combine(Folder, "site.zip"), contentRoot, "https://encyclopedia.example").GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

public sealed partial class SiteExportTests(SiteExportFixture export) : IClassFixture<SiteExportFixture>
{
    IEnumerable<string> HtmlFiles => Directory.GetFiles(export.Site, "*.html", SearchOption.AllDirectories);

    [Fact]
    public void Every_link_and_picture_of_every_page_resolves_to_a_file_inside_the_folder()
    {
        var broken = new List<string>();
        foreach (var file in HtmlFiles)
            foreach (Match link in Link().Matches(File.ReadAllText(file)))
            {
                var value = WebUtility.HtmlDecode(link.Groups[2].Value);
                if (value.StartsWith('#') || AbsoluteUrl().IsMatch(value)) continue;
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, value.Split('#')[0]));
                if (!target.StartsWith(export.Site, StringComparison.Ordinal) || !File.Exists(target))
                    broken.Add($"{Path.GetRelativePath(export.Site, file)}: {value}");
            }
        Assert.True(broken.Count == 0, string.Join('\n', broken.Take(20)));
    }

    [Fact]
    public void The_copy_holds_the_home_page_the_episodes_and_the_stylesheet_and_no_server_only_page()
    {
        Assert.True(File.Exists(Path.Combine(export.Site, "index.html")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(export.Site, "episodes"), "*.html"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(export.Site, "css"), "site*.css"));
        Assert.False(Directory.Exists(Path.Combine(export.Site, "api")));
        Assert.False(File.Exists(Path.Combine(export.Site, "search.html")));
        Assert.Empty(export.Summary.Failed);
        Assert.Equal(HtmlFiles.Count(), export.Summary.Pages);
    }

    [Fact]
    public void No_page_keeps_a_link_that_needs_the_server()
    {
        foreach (var file in HtmlFiles)
            Assert.DoesNotMatch("\\s(href|src|action)=\"/", File.ReadAllText(file));
    }

    [Fact]
    public void The_zip_written_page_by_page_holds_the_same_files_with_the_same_bytes_as_the_folder()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(export.Folder, "site.zip"));
        var files = Directory.GetFiles(export.Site, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(export.Site, f).Replace('\\', '/')).Order();
        Assert.Equal(files, zip.Entries.Select(e => e.FullName).Order());
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            Assert.True(File.ReadAllBytes(Path.Combine(export.Site, entry.FullName)).AsSpan().SequenceEqual(bytes.ToArray()), entry.FullName);
        }
        Assert.Equal(export.Summary.Pages, export.ZipSummary.Pages);
        Assert.Empty(export.ZipSummary.Failed);
    }

    [Fact]
    public void A_page_is_written_with_links_to_pages_the_crawl_found_after_it()
    {
        // The home page is written first, yet links to episodes crawled later: the links are rewritten once every page is known.
        var home = File.ReadAllText(Path.Combine(export.Site, "index.html"));
        Assert.Matches("href=\"episodes/[^\"]+\\.html\"", home);
    }

    [GeneratedRegex("\\s(href|src|action)=\"([^\"]*)\"")]
    private static partial Regex Link();

    [GeneratedRegex("^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrl();
}
