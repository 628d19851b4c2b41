using Microsoft.Data.Sqlite;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Tests.Hosting;

/// <summary>A database file's tables are asked once, and again only after a new import replaced the database.</summary>
public sealed class DatabaseTablesTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("database-tables-").FullName;

    string DatabasePath => Path.Combine(folder, "encyclopedia.db");

    void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    EncyclopediaDb Open() => new(EncyclopediaDb.OptionsFor(DatabasePath, readOnly: true));

    [Fact]
    public async Task The_tables_are_read_once_per_database_and_again_after_a_replacement()
    {
        Execute("CREATE TABLE Episodes (Id INTEGER)");
        var version = new DatabaseVersion(null!);
        var tables = new DatabaseTables(version);
        using (var db = Open()) Assert.Equal(["Episodes"], await tables.OfAsync(db));

        Execute("CREATE TABLE SharedPassages (Id INTEGER)");
        using (var db = Open()) Assert.DoesNotContain("SharedPassages", await tables.OfAsync(db));

        version.Reset();
        using (var db = Open()) Assert.Contains("SharedPassages", await tables.OfAsync(db));
    }

    [Fact]
    public async Task Each_database_file_has_its_own_tables()
    {
        Execute("CREATE TABLE SharedPassages (Id INTEGER)");
        var older = Path.Combine(folder, "older.db");
        using (var connection = new SqliteConnection($"Data Source={older};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE Episodes (Id INTEGER)";
            command.ExecuteNonQuery();
        }
        var tables = new DatabaseTables(new DatabaseVersion(null!));

        using (var db = Open()) Assert.Contains("SharedPassages", await tables.OfAsync(db));
        using (var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(older, readOnly: true)))
            Assert.DoesNotContain("SharedPassages", await tables.OfAsync(db));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
