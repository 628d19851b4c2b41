using Microsoft.Data.Sqlite;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Import;

public class TargetErrorsTests
{
    [Fact]
    public void A_full_disk_is_reported_with_the_database_path_in_words()
    {
        var e = TargetErrors.Describe("/srv/site/encyclopedia.db", new SqliteException("SQLite Error 13: 'database or disk is full'.", 13));

        Assert.Equal("/srv/site/encyclopedia.db", e.FileName);
        Assert.Contains("full", e.Problem);
        Assert.Contains("/srv/site", e.Problem);
    }

    [Fact]
    public void A_read_only_target_is_reported_with_its_folder()
    {
        var e = TargetErrors.Describe("/srv/ro/encyclopedia.db", new SqliteException("SQLite Error 14: 'unable to open database file'.", 14));

        Assert.StartsWith("/srv/ro/encyclopedia.db", e.Message);
        Assert.Contains("read-only", e.Problem);
    }

    [Fact]
    public void An_import_whose_target_folder_cannot_be_made_names_the_target()
    {
        var folder = Directory.CreateTempSubdirectory("target-errors-").FullName;
        try
        {
            var blocker = Path.Combine(folder, "a-file");
            File.WriteAllText(blocker, "");
            var target = Path.Combine(blocker, "encyclopedia.db");

            var e = Assert.Throws<ImportException>(() => SeedImport.Run(SeedImportFixture.Options(target)));

            Assert.Equal(target, e.FileName);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_reference_data_folder_is_named()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-data-" + Guid.NewGuid().ToString("N"));
        var options = SeedImportFixture.Options(Path.Combine(Path.GetTempPath(), "unused.db")) with { DataDirectory = missing };

        var e = Assert.Throws<ImportException>(() => SeedImport.Run(options));

        Assert.Equal(missing, e.FileName);
    }
}
