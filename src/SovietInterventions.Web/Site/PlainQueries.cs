using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Web.Site;

/// <summary>
/// Plain parameterized SQL through a context's own connection, for the hot queries of uncached pages: EF Core builds and
/// walks a LINQ query's expression tree on every call, which for a short read allocates more than its rows
/// (docs/benchmarks.md, nineteenth round). A list goes in as one parameter, a JSON array that SQLite's <c>json_each</c>
/// reads back as rows.
/// </summary>
public static partial class PlainQueries
{
    /// <summary>What <paramref name="read"/> makes of the context's connection, opened for it (and the interceptors that
    /// set up every connection run as for EF Core's own queries) and closed after unless it was open before.</summary>
    public static async Task<T> ReadAsync<T>(this EncyclopediaDb db, Func<SqliteConnection, T> read)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            return read((SqliteConnection)db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Every row of <paramref name="sql"/>, in its order, each made by <paramref name="row"/>; the parameters are
    /// bound by name, never written into the text.</summary>
    public static List<T> Rows<T>(this SqliteConnection connection, string sql, Func<SqliteDataReader, T> row,
        params ReadOnlySpan<(string Name, object Value)> parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(row(reader));
        return rows;
    }

    /// <summary>The text as a <c>LIKE</c> pattern matching itself only (with <c>ESCAPE '\'</c>): its wildcards and the escape
    /// character each escaped, as EF Core escapes the text of <c>StartsWith</c>.</summary>
    public static string LikeEscaped(string text)
    {
        if (text.AsSpan().IndexOfAny('%', '_', '\\') < 0) return text;
        var escaped = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '\\') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>The column's text, or null for NULL.</summary>
    public static string? StringOrNull(this SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>The column's number, or null for NULL.</summary>
    public static int? Int32OrNull(this SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetInt32(column);

    /// <summary>The ids as a JSON array, for <c>json_each</c>.</summary>
    public static string Json(List<int> ids) => System.Text.Json.JsonSerializer.Serialize(ids, ListsJson.Default.ListInt32);

    /// <summary>The texts as a JSON array, for <c>json_each</c>.</summary>
    public static string Json(List<string> texts) => System.Text.Json.JsonSerializer.Serialize(texts, ListsJson.Default.ListString);

    [JsonSerializable(typeof(List<int>))]
    [JsonSerializable(typeof(List<string>))]
    private sealed partial class ListsJson : JsonSerializerContext;
}
