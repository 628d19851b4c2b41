using System.Diagnostics;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Import;

/// <summary>An importer killed while writing leaves the previous database as it was.</summary>
[Trait("Category", "Slow")]
public sealed class KilledImportTests(SeedImportFixture seeds) : IClassFixture<SeedImportFixture>
{
    [Fact]
    public void Killing_the_importer_while_it_writes_leaves_the_previous_database_byte_identical()
    {
        var folder = Directory.CreateTempSubdirectory("killed-import-").FullName;
        try
        {
            var database = Path.Combine(folder, "encyclopedia.db");
            File.Copy(seeds.Database, database);
            var before = File.ReadAllBytes(database);
            var corpus = Directory.CreateDirectory(Path.Combine(folder, "corpus")).FullName;
            for (var copy = 0; copy < 40; copy++)
                // sources.json attributes documents by name; renamed copies are documents without it.
                foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds")).Where(f => !SovietInterventions.Core.Import.Documents.SourcesFile.IsSourcesFile(f)))
                    File.Copy(file, Path.Combine(corpus, $"copy-{copy:D2}-{Path.GetFileName(file)}"));

            using var importer = Process.Start(new ProcessStartInfo("dotnet")
            {
                ArgumentList = { Path.Combine(AppContext.BaseDirectory, "SovietInterventions.Importer.dll"), "import", corpus, database },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var clock = Stopwatch.StartNew();
            while (!importer.HasExited && Directory.GetFiles(folder, "encyclopedia.db.tmp-*").Length == 0 && clock.Elapsed < TimeSpan.FromMinutes(2))
                Thread.Sleep(20);
            var killedWhileWriting = !importer.HasExited;
            importer.Kill(entireProcessTree: true);
            importer.WaitForExit();

            Assert.True(killedWhileWriting, "the importer finished before it could be killed; make the corpus larger");
            Assert.Equal(before, File.ReadAllBytes(database));

            // The next import clears what the killed one left behind.
            SeedImport.Run(SeedImportFixture.Options(database));
            Assert.Empty(Directory.GetFiles(folder, "encyclopedia.db.tmp-*"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
