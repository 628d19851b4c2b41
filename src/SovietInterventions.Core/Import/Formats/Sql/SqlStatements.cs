namespace SovietInterventions.Core.Import.Formats.Sql;

/// <summary>A table's column, and whether it is the database's own bookkeeping (a numbering key, the time a row was written).</summary>
internal sealed record SqlColumn(string Name, bool Bookkeeping);

/// <summary>What the statements of a dump that hold data say: the columns a CREATE TABLE names, the rows an INSERT gives, the
/// table a COPY block fills. Any other statement (SET, LOCK, DROP, CREATE INDEX, ALTER) says nothing here.</summary>
internal static class SqlStatements
{
    // Elements of a CREATE TABLE that constrain the table rather than name a column: these words always, and MySQL's
    // "KEY `slug` (`slug`)" or "INDEX (…)" by their shape (a column may be called "key" or "index" where the dialect allows it).
    private static readonly HashSet<string> Constraints = new(StringComparer.OrdinalIgnoreCase)
    {
        "PRIMARY", "UNIQUE", "CONSTRAINT", "FOREIGN", "CHECK", "EXCLUDE",
    };
    private static readonly HashSet<string> Indexes = new(StringComparer.OrdinalIgnoreCase) { "KEY", "INDEX", "FULLTEXT", "SPATIAL" };

    private static bool IsConstraint(List<SqlToken> element) =>
        element[0].Kind == SqlTokenKind.Word && (Constraints.Contains(element[0].Text)
            || Indexes.Contains(element[0].Text) && element.Skip(1).Take(2).Any(t => t.IsSymbol('(')));

    public static (string Table, List<SqlColumn> Columns)? CreatedTable(List<SqlToken> statement)
    {
        if (statement.Count < 4 || !statement[0].Is("CREATE")) return null;
        var table = statement.FindIndex(t => t.Is("TABLE"));
        // "CREATE TABLE x", "CREATE TEMPORARY TABLE x", never "CREATE INDEX … ON TABLE" (no such form) or a view.
        if (table is < 1 or > 3) return null;
        var open = statement.FindIndex(table, t => t.IsSymbol('('));
        if (open < 0) return null;
        var name = Name(statement, table + 1, open);
        var columns = Elements(statement, open).Where(e => e.Count > 0 && !IsConstraint(e))
            .Select(e => new SqlColumn(e[0].Text, IsBookkeeping(e))).ToList();
        return name is null ? null : (name, columns);
    }

    public static (string Table, List<SqlColumn>? Columns, List<SqlRow> Rows)? Inserted(List<SqlToken> statement)
    {
        if (statement.Count < 4 || !(statement[0].Is("INSERT") || statement[0].Is("REPLACE"))) return null;
        var into = statement.FindIndex(t => t.Is("INTO"));
        var values = statement.FindIndex(t => t.Is("VALUES"));
        if (into < 0 || values < into) return null;
        var open = statement.FindIndex(into, values - into, t => t.IsSymbol('('));
        var name = Name(statement, into + 1, open < 0 ? values : open);
        List<SqlColumn>? columns = open < 0 ? null
            : [.. Elements(statement, open).Where(e => e.Count > 0).Select(e => new SqlColumn(e[0].Text, Bookkeeping: false))];
        var rows = new List<SqlRow>();
        var i = values + 1;
        while (i < statement.Count && statement[i].IsSymbol('('))
        {
            var row = Elements(statement, i);
            rows.Add(new SqlRow([.. row.Select(Value)], statement[i].Line));
            i = Close(statement, i) + 1;
            if (i < statement.Count && statement[i].IsSymbol(',')) i++;
        }
        return name is null ? null : (name, columns, rows);
    }

    /// <summary>pg_dump's "COPY public.episode (id, slug, …) FROM stdin": its rows follow the statement.</summary>
    public static (string Table, List<SqlColumn>? Columns)? Copied(List<SqlToken> statement)
    {
        if (statement.Count < 3 || !statement[0].Is("COPY") || !statement.Any(t => t.Is("stdin"))) return null;
        var from = statement.FindIndex(t => t.Is("FROM"));
        var open = statement.FindIndex(1, Math.Max(from - 1, 0), t => t.IsSymbol('('));
        var name = Name(statement, 1, open < 0 ? from : open);
        List<SqlColumn>? columns = open < 0 ? null
            : [.. Elements(statement, open).Where(e => e.Count > 0).Select(e => new SqlColumn(e[0].Text, Bookkeeping: false))];
        return name is null ? null : (name, columns);
    }

    // A numbering key or a time the row was written: "id int NOT NULL AUTO_INCREMENT", "id SERIAL", "id INTEGER PRIMARY KEY",
    // "updated_at timestamp DEFAULT current_timestamp() ON UPDATE current_timestamp()", "id integer DEFAULT nextval('…')".
    private static bool IsBookkeeping(List<SqlToken> column)
    {
        var words = column.Skip(1).Where(t => t.Kind == SqlTokenKind.Word).Select(t => t.Text.ToUpperInvariant()).ToList();
        return words.Intersect(["AUTO_INCREMENT", "AUTOINCREMENT", "SERIAL", "BIGSERIAL", "SMALLSERIAL", "IDENTITY", "NEXTVAL",
                "CURRENT_TIMESTAMP", "NOW", "GETDATE", "SYSDATETIME", "LOCALTIMESTAMP"]).Any()
            || words.Count > 0 && words[0] == "INTEGER" && words.Contains("PRIMARY");
    }

    // A value: a string's or number's text, a word's (TRUE, a function's name) or null for NULL; "_binary 'x'" and "X'..'" give the string.
    private static string? Value(List<SqlToken> tokens) =>
        tokens.FirstOrDefault(t => t.Kind == SqlTokenKind.String) is { } text ? text.Text
        : tokens is [{ Kind: SqlTokenKind.Word } word] && word.Is("NULL") ? null
        : string.Concat(tokens.Select(t => t.Text));

    // "`sovint`.`episode`", "public.episode", "[dbo].[episode]": the table's own name is the last part.
    private static string? Name(List<SqlToken> statement, int from, int to)
    {
        var parts = statement.Skip(from).Take(Math.Max(to, from) - from)
            .Where(t => t.Kind is SqlTokenKind.Word or SqlTokenKind.Identifier && !t.Is("IF") && !t.Is("NOT") && !t.Is("EXISTS") && !t.Is("ONLY") && !t.Is("IGNORE"))
            .ToList();
        return parts.Count > 0 ? parts[^1].Text : null;
    }

    // The elements of the parenthesised list opening at "open", split at its own commas (a type's "(11)" or "(10,2)" stays whole).
    private static List<List<SqlToken>> Elements(List<SqlToken> statement, int open)
    {
        var elements = new List<List<SqlToken>> { new() };
        var depth = 0;
        for (var i = open + 1; i < statement.Count; i++)
        {
            var token = statement[i];
            if (token.IsSymbol('(')) depth++;
            else if (token.IsSymbol(')') && depth-- == 0) break;
            if (depth == 0 && token.IsSymbol(',')) elements.Add([]);
            else elements[^1].Add(token);
        }
        return elements;
    }

    private static int Close(List<SqlToken> statement, int open)
    {
        var depth = 0;
        for (var i = open; i < statement.Count; i++)
        {
            if (statement[i].IsSymbol('(')) depth++;
            else if (statement[i].IsSymbol(')') && --depth == 0) return i;
        }
        return statement.Count;
    }
}
