using Microsoft.Data.Sqlite;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>One prepared INSERT for a table, bound and run once per row inside the import's transaction.</summary>
internal sealed class TableInsert : IDisposable
{
    private readonly SqliteCommand command;
    private readonly string table;

    public TableInsert(SqliteConnection connection, SqliteTransaction transaction, string table, IReadOnlyList<string> columns)
    {
        this.table = table;
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Count; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
        command.Prepare();
    }

    /// <summary>Inserts one row: the values in the order of the columns; null is NULL, an enum its name, a bool 0 or 1.</summary>
    public void Row(params object?[] values)
    {
        if (values.Length != command.Parameters.Count)
            throw new InvalidOperationException($"{table}: {values.Length} values for {command.Parameters.Count} columns.");
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                Enum e => e.ToString(),
                var v => v,
            };
        command.ExecuteNonQuery();
    }

    public void Dispose() => command.Dispose();
}
