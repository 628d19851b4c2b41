using System.Text;
using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Formats.Sql;

internal enum SqlTokenKind { Word, Identifier, String, Number, Symbol }

/// <summary>A word, a quoted name, a string, a number or a symbol of a statement, at its line.</summary>
internal sealed record SqlToken(SqlTokenKind Kind, string Text, int Line)
{
    public bool Is(string word) => Kind == SqlTokenKind.Word && Text.Equals(word, StringComparison.OrdinalIgnoreCase);
    public bool IsSymbol(char symbol) => Kind == SqlTokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;
}

/// <summary>One row's values (null for SQL's NULL), at the line it starts on.</summary>
internal sealed record SqlRow(IReadOnlyList<string?> Values, int Line);

/// <summary>
/// Cuts a dump into statements of tokens. The dialects differ in their quoting, so it reads all of them: strings in single
/// quotes with doubled quotes or (in a MySQL dump) backslash escapes, names in backquotes, double quotes or brackets, comments after
/// "--" or "#" and between "/*" and "*/" (MySQL's versioned "/*!40101 SET … */" too, which only sets the session).
/// </summary>
internal sealed class SqlLexer(SourceText source)
{
    private readonly string text = source.Text;
    // A backslash escapes in MySQL's strings only; SQLite and PostgreSQL read "'C:\'" as it stands. A MySQL dump says so by its
    // backquoted names or its versioned comments.
    private readonly bool backslashEscapes = source.Text.Contains('`', StringComparison.Ordinal) || source.Text.Contains("/*!", StringComparison.Ordinal);
    private int at;
    private int line = 1;

    /// <summary>The next statement's tokens up to its semicolon (none for a statement that was all comment), or null at the end of the text.</summary>
    public List<SqlToken>? Statement()
    {
        var tokens = new List<SqlToken>();
        while (Next() is { } token)
        {
            if (token.IsSymbol(';')) return tokens;
            tokens.Add(token);
        }
        return tokens.Count > 0 ? tokens : null;
    }

    /// <summary>
    /// The rows of pg_dump's "COPY … FROM stdin;" block, which follow its statement a line each, tab between values, up to a line
    /// "\.": "\N" is NULL, and a backslash escapes a tab, a line break or itself.
    /// </summary>
    public IEnumerable<SqlRow> CopyRows()
    {
        SkipLine();
        while (at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            if (end < 0) end = text.Length;
            var row = text[at..end].TrimEnd('\r');
            var rowLine = line;
            at = Math.Min(end + 1, text.Length);
            line++;
            if (row == "\\.") yield break;
            yield return new SqlRow([.. row.Split('\t').Select(v => v == "\\N" ? null : Unescape(v))], rowLine);
        }
    }

    private void SkipLine()
    {
        while (at < text.Length && text[at] != '\n') at++;
        if (at < text.Length) { at++; line++; }
    }

    private SqlToken? Next()
    {
        SkipSpaceAndComments();
        if (at >= text.Length) return null;
        var start = line;
        var c = text[at];
        if (c is '\'') return new SqlToken(SqlTokenKind.String, Quoted('\''), start);
        if (c is '`' or '"') return new SqlToken(SqlTokenKind.Identifier, Quoted(c), start);
        if (c is '[') return new SqlToken(SqlTokenKind.Identifier, Quoted(']'), start);
        if (char.IsAsciiDigit(c) || c is '-' && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]))
        {
            var from = at++;
            while (at < text.Length && (char.IsAsciiDigit(text[at]) || text[at] is '.' or 'e' or 'E')) at++;
            return new SqlToken(SqlTokenKind.Number, text[from..at], start);
        }
        if (char.IsLetter(c) || c is '_' or '@' or '$')
        {
            var from = at++;
            while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] is '_' or '$' or '@')) at++;
            return new SqlToken(SqlTokenKind.Word, text[from..at], start);
        }
        at++;
        if (c == '\n') line++;
        return new SqlToken(SqlTokenKind.Symbol, c.ToString(), start);
    }

    private void SkipSpaceAndComments()
    {
        while (at < text.Length)
        {
            var c = text[at];
            if (c == '\n') { line++; at++; }
            else if (char.IsWhiteSpace(c)) at++;
            else if (c == '#' || c == '-' && at + 1 < text.Length && text[at + 1] == '-') SkipLine();
            else if (c == '/' && at + 1 < text.Length && text[at + 1] == '*')
            {
                var end = text.IndexOf("*/", at + 2, StringComparison.Ordinal);
                if (end < 0) throw new ImportException(source.FileName, line, "a comment opened with \"/*\" is never closed.");
                line += text.AsSpan(at, end - at).Count('\n');
                at = end + 2;
            }
            else break;
        }
    }

    // A quoted string or name: a doubled quote is one quote; in a string, a backslash escapes the next character (MySQL).
    private string Quoted(char close)
    {
        var start = line;
        var value = new StringBuilder();
        for (at++; at < text.Length; at++)
        {
            var c = text[at];
            if (c == '\n') line++;
            if (c == close)
            {
                if (at + 1 < text.Length && text[at + 1] == close && close != ']') { value.Append(c); at++; continue; }
                at++;
                return value.ToString();
            }
            if (c == '\\' && close == '\'' && backslashEscapes && at + 1 < text.Length)
            {
                if (text[++at] == '\n') line++;
                value.Append(Escaped(text[at]));
                continue;
            }
            value.Append(c);
        }
        throw new ImportException(source.FileName, start, $"a quoted value opened with {close} is never closed.");
    }

    private static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal)) return value;
        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
            result.Append(value[i] == '\\' && i + 1 < value.Length ? Escaped(value[++i]) : value[i].ToString());
        return result.ToString();
    }

    private static string Escaped(char c) => c switch
    {
        'n' => "\n",
        't' => "\t",
        'r' => "\r",
        '0' => "",
        'Z' => "",
        _ => c.ToString(),
    };
}
