using Microsoft.Data.Sqlite;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Core.Tests.Data;

public sealed class PlainSqlTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("plain-sql-").FullName;

    private string DatabaseWith(params string[] statements)
    {
        var path = Path.Combine(folder, "test.db");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        foreach (var statement in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement;
            command.ExecuteNonQuery();
        }
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Rows_reads_every_row_in_the_query_order()
    {
        var path = DatabaseWith("CREATE TABLE T (Id INTEGER, Name TEXT)", "INSERT INTO T VALUES (2, 'b'), (1, 'a'), (3, 'c')");
        using var connection = PlainSql.ReadOnly(path);
        connection.Open();

        Assert.Equal([(1, "a"), (2, "b"), (3, "c")], connection.Rows("SELECT Id, Name FROM T ORDER BY Id", r => (r.GetInt32(0), r.GetString(1))));
        Assert.Empty(connection.Rows("SELECT Id FROM T WHERE Id > 5", r => r.GetInt32(0)));
    }

    [Fact]
    public void A_read_only_connection_refuses_to_write()
    {
        var path = DatabaseWith("CREATE TABLE T (Id INTEGER)");
        using var connection = PlainSql.ReadOnly(path);
        connection.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO T VALUES (1)";

        Assert.Throws<SqliteException>(() => insert.ExecuteNonQuery());
    }
}
