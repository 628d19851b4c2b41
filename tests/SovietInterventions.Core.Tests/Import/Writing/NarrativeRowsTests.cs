using SovietInterventions.Core.Data;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Import.Writing;

/// <summary>Each episode's narrative as written to the database, on a tiny corpus written here.</summary>
public sealed class NarrativeRowsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("narrative-rows-").FullName;

    [Fact]
    public void An_episode_told_only_inside_another_episodes_paragraph_is_told_by_its_lead_not_by_that_paragraph()
    {
        var documents = Directory.CreateDirectory(Path.Combine(folder, "documents")).FullName;
        File.WriteAllText(Path.Combine(documents, "notes.md"), "# Notes\n\n## 1971: Portugal\n\n"
            + "On 2 March 1971 Soviet troops invaded Portugal and took Lisbon. On 30 March, the Red Army entered Spain and captured Madrid on 13 April.\n");
        var database = Path.Combine(folder, "x.db");

        SeedImport.Run(new ImportOptions(documents, database, RealData.Directory));

        using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(database, readOnly: true));
        var spain = Assert.Single(db.Episodes, e => e.Slug.Contains("spain"));
        Assert.Empty(db.Passages.Where(p => p.EpisodeId == spain.Id));
        Assert.Contains(db.LeadSentences.Where(l => l.EpisodeId == spain.Id).Select(l => l.Text), l => l.Contains("entered Spain", StringComparison.Ordinal));
        Assert.Empty(db.NarrativeEntries.Where(n => n.EpisodeId == spain.Id));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
