using System.Text.Json;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Editions;
using SovietInterventions.Core.Tests.Import;

namespace SovietInterventions.Core.Tests.Editions;

/// <summary>The plain-SQL snapshots an import compares editions with are the ones the site shows through EF Core.</summary>
public sealed class SnapshotReaderTests(SeedImportFixture seeds) : IClassFixture<SeedImportFixture>
{
    [Fact]
    public void The_seeds_episodes_read_with_plain_sql_equal_those_read_through_ef_core()
    {
        using var db = SeedImportFixture.Open(seeds.Database);
        using var connection = PlainSql.ReadOnly(seeds.Database);
        connection.Open();

        var viaEf = EpisodeSnapshot.Load(db);
        var viaSql = SnapshotReader.Episodes(connection);

        Assert.NotEmpty(viaEf);
        Assert.Contains(viaSql, e => e.Countries.Count > 0 && e.Actors.Count > 0 && e.Passages.Count > 0 && e.Events.Count > 0);
        Assert.Equal(JsonSerializer.Serialize(viaEf), JsonSerializer.Serialize(viaSql));
    }

    [Fact]
    public void The_counts_and_import_time_read_with_plain_sql_match_the_database()
    {
        using var connection = PlainSql.ReadOnly(seeds.Database);
        connection.Open();

        Assert.Equal(seeds.Episodes.Count, SnapshotReader.Counts(connection).Episodes);
        Assert.True(SnapshotReader.LastImportedAt(connection) > DateTimeOffset.UtcNow.AddHours(-1));
    }
}
