using Microsoft.Data.Sqlite;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// The tables the importer creates: EF Core's create script for the model, kept as Schema.sql so that an import needs no
/// model building (ImportSchemaTests keeps the two equal). Indexes are created after the rows, which is faster.
/// </summary>
internal static class ImportSchema
{
    public static string Script { get; } = Load();

    public static void CreateTables(SqliteConnection connection, SqliteTransaction transaction) =>
        Execute(connection, transaction, Statements().Where(s => !IsIndex(s)));

    public static void CreateIndexes(SqliteConnection connection, SqliteTransaction transaction) =>
        Execute(connection, transaction, Statements().Where(IsIndex));

    private static IEnumerable<string> Statements() =>
        Script.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0);

    private static bool IsIndex(string statement) =>
        statement.StartsWith("CREATE INDEX", StringComparison.Ordinal) || statement.StartsWith("CREATE UNIQUE INDEX", StringComparison.Ordinal);

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> statements)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = string.Join(";\n", statements) + ";";
        command.ExecuteNonQuery();
    }

    private static string Load()
    {
        using var stream = typeof(ImportSchema).Assembly.GetManifestResourceStream("SovietInterventions.Core.Import.Writing.Schema.sql")
            ?? throw new InvalidOperationException("Schema.sql is not embedded in SovietInterventions.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
