using SovietInterventions.Core.Editions;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Editions;

public sealed class EditionArchiveTests : IDisposable
{
    const string Heading = "# Notes\n\n## 1956: Hungary\n\n";
    const string FirstText = "Soviet tanks entered Budapest on 4 November 1956.\n";
    const string SecondText = "Soviet tanks entered Budapest on 4 November 1956 and put down the rising within days.\n";

    readonly string folder = Directory.CreateTempSubdirectory("editions-").FullName;
    string Seeds => Path.Combine(folder, "seeds");
    string Database => Path.Combine(folder, "site", "encyclopedia.db");
    string EditionsFolder => EditionIndex.FolderFor(Database);

    public EditionArchiveTests() => Directory.CreateDirectory(Seeds);

    void Import(string text)
    {
        File.WriteAllText(Path.Combine(Seeds, "notes.md"), Heading + text);
        SeedImport.Run(new ImportOptions(Seeds, Database, Path.Combine(RepositoryRoot.Path, "data")));
    }

    [Fact]
    public void A_first_import_makes_an_edition_named_by_date_and_content_with_a_read_only_copy()
    {
        Import(FirstText);

        var index = EditionIndex.Load(EditionsFolder);
        var edition = Assert.Single(index.Editions);
        Assert.Equal(edition.Id, index.Current);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}-[0-9a-f]{6}$", edition.Id);
        Assert.Equal(ContentHash.Of(Database), edition.ContentHash);
        Assert.Equal(1, edition.Counts.Episodes);
        Assert.Equal("notes.md", Assert.Single(edition.Seeds).File);
        Assert.Null(edition.Changes);
        var copy = Path.Combine(EditionsFolder, edition.File);
        Assert.True(File.Exists(copy));
        if (!OperatingSystem.IsWindows()) Assert.False(File.GetUnixFileMode(copy).HasFlag(UnixFileMode.UserWrite));
    }

    [Fact]
    public void Importing_the_same_seeds_again_makes_no_new_edition()
    {
        Import(FirstText);
        Import(FirstText);

        Assert.Single(EditionIndex.Load(EditionsFolder).Editions);
        Assert.Single(Directory.GetFiles(EditionsFolder, "*.db"));
    }

    [Fact]
    public void A_changed_text_makes_a_second_edition_that_names_the_changed_episode()
    {
        Import(FirstText);
        Import(SecondText);
        Import(SecondText);

        var index = EditionIndex.Load(EditionsFolder);
        Assert.Equal(2, index.Editions.Count);
        var (first, second) = (index.Editions[0], index.Editions[1]);
        Assert.Equal(second.Id, index.Current);
        Assert.NotEqual(first.ContentHash, second.ContentHash);
        Assert.Equal(first.Id, second.Changes!.Previous);
        var slug = Assert.Single(second.Changes.Changed);

        var difference = Assert.Single(EditionComparison.Between(Path.Combine(EditionsFolder, first.File), Path.Combine(EditionsFolder, second.File)));
        Assert.Equal(slug, difference.Slug);
        var passages = difference.Fields.Single(f => f.Field == "Passages");
        Assert.Contains(passages.Lines, l => l.Change == LineChange.Removed && l.Text == FirstText.Trim());
        Assert.Contains(passages.Lines, l => l.Change == LineChange.Added && l.Text == SecondText.Trim());
    }

    [Fact]
    public void Undoing_a_change_makes_a_third_edition_with_an_id_of_its_own_and_the_first_content()
    {
        Import(FirstText);
        Import(SecondText);
        Import(FirstText);

        var editions = EditionIndex.Load(EditionsFolder).Editions;
        Assert.Equal(3, editions.Count);
        Assert.Equal(editions[0].ContentHash, editions[2].ContentHash);
        Assert.Equal(3, editions.Select(e => e.Id).Distinct().Count());
        Assert.Single(editions[2].Changes!.Changed);
    }

    [Fact]
    public void Keep_in_the_index_deletes_the_oldest_editions_files()
    {
        Import(FirstText);
        var index = EditionIndex.Load(EditionsFolder);
        (index with { Keep = 1 }).Save(EditionsFolder);
        Import(SecondText);

        var kept = Assert.Single(EditionIndex.Load(EditionsFolder).Editions);
        Assert.NotEqual(index.Editions[0].Id, kept.Id);
        Assert.False(File.Exists(Path.Combine(EditionsFolder, index.Editions[0].File)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
