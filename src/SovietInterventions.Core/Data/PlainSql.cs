using Microsoft.Data.Sqlite;

namespace SovietInterventions.Core.Data;

/// <summary>
/// Plain SQL reads of a database file, for the import's own reads (the previous slugs, the editions): building
/// EF Core's model there would cost more than the read.
/// </summary>
internal static class PlainSql
{
    /// <summary>A connection that cannot write and keeps no pooled handle on the file once closed.</summary>
    public static SqliteConnection ReadOnly(string databasePath) => new(new SqliteConnectionStringBuilder
    {
        DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
    }.ToString());

    /// <summary>Every row the query gives, in its order, each made by <paramref name="read"/>.</summary>
    public static List<T> Rows<T>(this SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }
}
