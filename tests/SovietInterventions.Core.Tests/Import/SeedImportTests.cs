using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Export;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Import;

/// <summary>The whole importer on the real seeds, once for the class.</summary>
public sealed class SeedImportFixture : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("seed-import-").FullName;
    public string Database => Path.Combine(Folder, "encyclopedia.db");
    public ImportSummary Summary { get; }
    public List<EpisodeJson> Episodes { get; }

    public SeedImportFixture()
    {
        Summary = SeedImport.Run(Options(Database));
        using var db = Open(Database);
        Episodes = EpisodeJson.Load(db);
    }

    public static ImportOptions Options(string database, string? seeds = null) =>
        new(seeds ?? Path.Combine(RepositoryRoot.Path, "seeds"), database, RealData.Directory);

    public static EncyclopediaDb Open(string database) => new(EncyclopediaDb.OptionsFor(database, readOnly: true));

    public EpisodeJson Episode(string slug) => Episodes.Single(e => e.Slug == slug);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

public sealed class SeedImportTests(SeedImportFixture seeds) : IClassFixture<SeedImportFixture>
{
    [Fact]
    public void Every_wiki_episode_section_becomes_one_episode_with_the_headings_years()
    {
        var wiki = File.ReadAllLines(RepositoryRoot.Seed("soviet-involvement-in-regime-change.wiki"))
            .Where(l => l.StartsWith("==== ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(wiki);
        foreach (var heading in wiki)
        {
            var years = heading.Trim('=', ' ').Split(':')[0].Split('–');
            var match = seeds.Episodes.Where(e => e.StartDate == years[0] && e.EndDate == years[^1]).ToList();
            Assert.True(match.Count >= 1, $"no episode for {heading}");
        }
    }

    [Theory]
    [InlineData("1956-hungary", "1956", "1956", "hungary")]
    [InlineData("1968-czechoslovakia", "1968", "1968", "czechoslovakia")]
    [InlineData("1921-mongolia", "1921", "1924", "mongolia")]
    public void Wiki_episode_has_its_heading_years_and_target(string slug, string start, string end, string country)
    {
        var episode = seeds.Episode(slug);
        Assert.Equal(start, episode.StartDate);
        Assert.Equal(end, episode.EndDate);
        Assert.Contains(episode.Countries, c => c.Slug == country && c.Role == "target");
    }

    [Fact]
    public void Three_baltic_states_make_one_episode_with_three_targets()
    {
        var baltic = seeds.Episode("1940-estonia-latvia-lithuania");
        Assert.Equal(["estonia", "latvia", "lithuania"], baltic.Countries.Where(c => c.Role == "target").Select(c => c.Slug).Order());
    }

    [Fact]
    public void Article_sentences_about_a_wiki_episode_are_attached_to_it_so_it_lists_both_sources()
    {
        var hungary = seeds.Episode("1956-hungary");
        Assert.Contains(hungary.Sources, s => s.Document == "soviet-involvement-in-regime-change.wiki");
        Assert.Contains(hungary.Sources, s => s.Document == "military-occupations-by-the-soviet-union.txt");
        Assert.Contains(hungary.Events, e => e.Date == "1956-11-04");
    }

    [Fact]
    public void Episodes_only_the_article_describes_become_new_episodes()
    {
        Assert.Contains(seeds.Episodes, e => e.StartDate == "1944" && e.Countries.Any(c => c.Slug == "denmark"));
        Assert.Contains(seeds.Episodes, e => e.StartDate == "1944" && e.EndDate == "1945" && e.Countries.Any(c => c.Slug == "czechoslovakia"));
    }

    [Fact]
    public void The_soviet_union_is_never_a_target()
    {
        Assert.DoesNotContain(seeds.Episodes.SelectMany(e => e.Countries), c => c.Slug == "soviet-union");
    }

    [Fact]
    public void No_two_episodes_share_a_target_and_overlapping_years_within_one_source()
    {
        var slugs = seeds.Episodes.Select(e => e.Slug).ToList();
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
    }

    [Fact]
    public void Notes_give_context_events_that_belong_to_no_episode()
    {
        using var db = SeedImportFixture.Open(seeds.Database);
        var context = db.Events.Where(e => e.EpisodeId == null).Select(e => e.Date).ToList();
        Assert.Contains("1939-08-23", context);
        Assert.Contains("1935-05-02", context);
    }

    [Fact]
    public void Every_passage_of_every_source_is_kept_with_its_position()
    {
        using var db = SeedImportFixture.Open(seeds.Database);
        var sources = db.Sources.Select(s => new { s.FileName, Count = s.Passages.Count, Max = s.Passages.Max(p => p.Position) }).ToList();
        Assert.Equal(3, sources.Count);
        Assert.All(sources, s => Assert.Equal(s.Count, s.Max));
    }

    [Fact]
    public void Importing_the_same_seeds_twice_gives_the_same_export()
    {
        var second = Path.Combine(seeds.Folder, "second.db");
        SeedImport.Run(SeedImportFixture.Options(second));
        using var db = SeedImportFixture.Open(second);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(seeds.Episodes, EpisodeJson.Options),
            System.Text.Json.JsonSerializer.Serialize(EpisodeJson.Load(db), EpisodeJson.Options));
    }

    [Fact]
    public void The_order_of_the_files_does_not_change_the_slugs()
    {
        var renamed = Directory.CreateDirectory(Path.Combine(seeds.Folder, "renamed")).FullName;
        // sources.json attributes documents by their names, so it stays out of a folder where every name changes.
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds")).Where(f => !SovietInterventions.Core.Import.Documents.SourcesFile.IsSourcesFile(f)))
            File.Copy(file, Path.Combine(renamed, "z" + new string(Path.GetFileName(file).Reverse().ToArray())));
        var database = Path.Combine(seeds.Folder, "renamed.db");
        SeedImport.Run(SeedImportFixture.Options(database, renamed));
        using var db = SeedImportFixture.Open(database);
        Assert.Equal(seeds.Episodes.Select(e => e.Slug).Order(), db.Episodes.Select(e => e.Slug).ToList().Order());
    }

    [Fact]
    public void An_episode_whose_heading_names_only_a_city_has_its_country_in_the_slug_as_in_the_title()
    {
        var folder = Directory.CreateDirectory(Path.Combine(seeds.Folder, "city")).FullName;
        File.WriteAllText(Path.Combine(folder, "notes.md"), "# Notes\n\n## Budapest, 1956\n\n"
            + "On 4 November 1956 Soviet tanks entered Budapest and crushed the uprising in Hungary.\n");
        var database = Path.Combine(seeds.Folder, "city.db");

        SeedImport.Run(SeedImportFixture.Options(database, folder));

        using var db = SeedImportFixture.Open(database);
        var episode = Assert.Single(db.Episodes.ToList());
        Assert.Equal("1956-hungary", episode.Slug);
        Assert.Contains("Hungary", episode.Title);
    }

    [Fact]
    public void A_failing_import_leaves_the_previous_database_byte_identical()
    {
        var database = Path.Combine(seeds.Folder, "kept.db");
        File.Copy(seeds.Database, database);
        var before = File.ReadAllBytes(database);
        var bad = Directory.CreateDirectory(Path.Combine(seeds.Folder, "bad")).FullName;
        File.Copy(RepositoryRoot.Seed("soviet-involvement-in-regime-change.wiki"), Path.Combine(bad, "good.wiki"));
        File.WriteAllBytes(Path.Combine(bad, "broken.txt"), [0x41, 0xC3, 0x28, 0x0A]);

        var error = Assert.Throws<ImportException>(() => SeedImport.Run(SeedImportFixture.Options(database, bad)));

        Assert.Contains("broken.txt", error.Message);
        Assert.Equal(before, File.ReadAllBytes(database));
        Assert.Empty(Directory.GetFiles(seeds.Folder, "kept.db.tmp*"));
    }

    [Fact]
    public void A_changed_heading_keeps_the_old_slug_as_a_redirect()
    {
        var changed = Directory.CreateDirectory(Path.Combine(seeds.Folder, "changed")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds")))
            File.Copy(file, Path.Combine(changed, Path.GetFileName(file)));
        var wiki = Path.Combine(changed, "soviet-involvement-in-regime-change.wiki");
        File.WriteAllText(wiki, File.ReadAllText(wiki).Replace("==== 1956: Hungary ====", "==== 1956: Hungary and Budapest ===="));
        var database = Path.Combine(seeds.Folder, "moved.db");
        File.Copy(seeds.Database, database);

        SeedImport.Run(SeedImportFixture.Options(database, changed));

        using var db = SeedImportFixture.Open(database);
        var redirect = db.SlugRedirects.AsNoTracking().Single(r => r.OldSlug == "1956-hungary");
        Assert.True(db.Episodes.Any(e => e.Slug == redirect.CurrentSlug));
    }
}
