using Microsoft.Data.Sqlite;
using SovietInterventions.Core.Editions;
using SovietInterventions.Core.Tests.Import;

namespace SovietInterventions.Core.Tests.Editions;

public sealed class EditionComparisonTests(SeedImportFixture seeds) : IClassFixture<SeedImportFixture>, IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("comparison-").FullName;

    [Fact]
    public void An_old_episode_whose_slug_now_leads_to_an_episode_the_old_edition_also_had_counts_as_removed()
    {
        // The older edition has Hungary 1956 twice, once under a second slug; the newer one redirects that slug to Hungary 1956,
        // as after two episodes were merged into one.
        var older = Copy("older.db");
        var newer = Copy("newer.db");
        var slug = seeds.Episodes.First().Slug;
        Execute(older, $"""
            CREATE TEMP TABLE copy AS SELECT * FROM Episodes WHERE Slug = '{slug}';
            UPDATE copy SET Id = (SELECT MAX(Id) + 1 FROM Episodes), Slug = '{slug}-merged';
            INSERT INTO Episodes SELECT * FROM copy;
            """);
        Execute(newer, $"INSERT INTO SlugRedirects (Entity, OldSlug, CurrentSlug) VALUES ('Episode', '{slug}-merged', '{slug}')");

        var differences = EditionComparison.Between(older, newer);

        Assert.True(Assert.Single(differences, d => d.Slug == $"{slug}-merged").Removed);
        Assert.DoesNotContain(differences, d => d.Slug == slug);
    }

    string Copy(string name)
    {
        var path = Path.Combine(folder, name);
        File.Copy(seeds.Database, path);
        return path;
    }

    static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
