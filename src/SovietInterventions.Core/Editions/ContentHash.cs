using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Core.Editions;

/// <summary>
/// A hash of what a database holds, not of when or by which build it was written: every row of every
/// table except the import record and the search index (rebuilt from the rows). Equal content, equal hash.
/// </summary>
internal static class ContentHash
{
    const string ImportRecordTable = "ImportInfo";

    public static string Of(string databasePath)
    {
        using var connection = PlainSql.ReadOnly(databasePath);
        connection.Open();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in ContentTables(connection))
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"\u0001{table}\n"));
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                    sha.AppendData(Encoding.UTF8.GetBytes(reader.IsDBNull(i) ? "\u0002null\u0003" : $"{Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)}\u0003"));
                sha.AppendData("\n"u8);
            }
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    // Virtual tables (FTS5) and their shadow tables are derived from the rows hashed already.
    static List<string> ContentTables(SqliteConnection connection)
    {
        var tables = connection.Rows("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name",
            r => (Name: r.GetString(0), Sql: r.IsDBNull(1) ? "" : r.GetString(1)));
        var virtualTables = tables.Where(t => t.Sql.StartsWith("CREATE VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase)).Select(t => t.Name).ToList();
        return tables.Select(t => t.Name)
            .Where(name => !name.StartsWith("sqlite_", StringComparison.Ordinal) && !name.StartsWith("__", StringComparison.Ordinal) && name != ImportRecordTable)
            .Where(name => !virtualTables.Any(v => name == v || name.StartsWith(v + "_", StringComparison.Ordinal)))
            .ToList();
    }
}
