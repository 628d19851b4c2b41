using System.Text;

namespace SovietInterventions.Core.Import.Formats.BibTeX;

/// <summary>A field of a BibTeX entry: its name (lower case), its value as written (braces and LaTeX kept) and the line it starts on.</summary>
internal sealed record BibTeXField(string Name, string Value, int Line);

/// <summary>An entry of a BibTeX file ("@book{key, …}"): its type (lower case), key and fields, and the line it starts on.</summary>
internal sealed record BibTeXEntry(string Type, string Key, IReadOnlyList<BibTeXField> Fields, int Line)
{
    public string? this[string name] => Fields.FirstOrDefault(f => f.Name == name)?.Value;
}

/// <summary>
/// Splits a BibTeX file into its entries. Text between entries is a comment, as BibTeX reads it; "@comment" and
/// "@preamble" are skipped; "@string{name = …}" defines an abbreviation that a field may use bare or joined with "#".
/// An entry may be written in braces or parentheses; a value in braces (nested to any depth) or quotes, a number or an
/// abbreviation. A broken entry ends where the file does, and what was read of it is kept.
/// </summary>
internal static class BibTeXEntries
{
    public static List<BibTeXEntry> Read(string text)
    {
        var entries = new List<BibTeXEntry>();
        var strings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var scanner = new Scanner(text);
        while (scanner.SkipTo('@'))
        {
            var line = scanner.Line;
            scanner.Next();
            var type = scanner.Word().ToLowerInvariant();
            scanner.SkipSpace();
            if (type.Length == 0 || scanner.Peek is not ('{' or '(')) continue;
            var close = scanner.Peek == '{' ? '}' : ')';
            if (type is "comment" or "preamble")
            {
                scanner.Balanced();
                continue;
            }
            scanner.Next();
            var key = "";
            if (type != "string")
            {
                key = scanner.Until(',', close).Trim();
                if (scanner.Peek == ',') scanner.Next();
            }
            var fields = Fields(scanner, close, strings);
            if (type == "string")
            {
                foreach (var field in fields) strings[field.Name] = field.Value;
                continue;
            }
            entries.Add(new BibTeXEntry(type, key, fields, line));
        }
        return entries;
    }

    // "name = value, name = value" up to the entry's closing brace or parenthesis.
    private static List<BibTeXField> Fields(Scanner scanner, char close, Dictionary<string, string> strings)
    {
        var fields = new List<BibTeXField>();
        while (true)
        {
            scanner.SkipSpaceAnd(',');
            if (scanner.AtEnd) return fields;
            if (scanner.Peek == close)
            {
                scanner.Next();
                return fields;
            }
            var name = scanner.Word().ToLowerInvariant();
            scanner.SkipSpace();
            if (name.Length == 0 || scanner.Peek != '=')
            {
                // Not a field: skip to the next comma or the entry's end.
                scanner.Until(',', close);
                continue;
            }
            scanner.Next();
            scanner.SkipSpace();
            var line = scanner.Line;
            var value = new StringBuilder();
            while (!scanner.AtEnd)
            {
                scanner.SkipSpace();
                if (scanner.Peek == '{') value.Append(scanner.Balanced()[1..^1]);
                else if (scanner.Peek == '"') value.Append(scanner.Quoted());
                else
                {
                    var word = scanner.Word();
                    if (word.Length == 0) break;
                    value.Append(strings.TryGetValue(word, out var defined) ? defined : word);
                }
                scanner.SkipSpace();
                if (scanner.Peek != '#') break;
                scanner.Next();
            }
            fields.Add(new BibTeXField(name, value.ToString(), line));
        }
    }

    private sealed class Scanner(string text)
    {
        private int at;

        public int Line { get; private set; } = 1;
        public bool AtEnd => at >= text.Length;
        public char Peek => at < text.Length ? text[at] : '\0';

        public void Next()
        {
            if (at >= text.Length) return;
            if (text[at] == '\n') Line++;
            at++;
        }

        public bool SkipTo(char c)
        {
            while (!AtEnd && Peek != c) Next();
            return !AtEnd;
        }

        public void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(Peek)) Next();
        }

        public void SkipSpaceAnd(char c)
        {
            while (!AtEnd && (char.IsWhiteSpace(Peek) || Peek == c)) Next();
        }

        // A name, key word or number: letters, digits and the punctuation BibTeX allows in them.
        public string Word()
        {
            var start = at;
            while (!AtEnd && (char.IsLetterOrDigit(Peek) || Peek is '_' or '-' or ':' or '.' or '+' or '/' or '\'')) Next();
            return text[start..at];
        }

        public string Until(char a, char b)
        {
            var start = at;
            while (!AtEnd && Peek != a && Peek != b) Next();
            return text[start..at];
        }

        // From an opening brace or parenthesis to the one that closes it (or the end of the file), both included.
        public string Balanced()
        {
            var start = at;
            var open = Peek;
            var close = open == '(' ? ')' : '}';
            var depth = 0;
            while (!AtEnd)
            {
                var c = Peek;
                Next();
                if (c == '\\' && !AtEnd) Next();
                else if (c == open) depth++;
                else if (c == close && --depth == 0) break;
            }
            var value = text[start..at];
            return value.Length >= 2 && value[^1] == close ? value : value + close;
        }

        // A value in double quotes; braces inside may hold a quote.
        public string Quoted()
        {
            Next();
            var start = at;
            var depth = 0;
            while (!AtEnd && !(Peek == '"' && depth == 0))
            {
                if (Peek == '{') depth++;
                else if (Peek == '}') depth--;
                else if (Peek == '\\') Next();
                Next();
            }
            var value = text[start..at];
            Next();
            return value;
        }
    }
}
