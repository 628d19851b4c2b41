namespace SovietInterventions.Core.Import.Mentions.Dates;

internal enum DateTokenKind { Number, Word, Symbol }

/// <summary>A run of ASCII digits, a run of letters, or one other visible character.</summary>
internal readonly record struct DateToken(DateTokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}

internal static class DateTokenizer
{
    /// <summary>Splits text into tokens; white space and control characters only separate them.</summary>
    public static List<DateToken> Tokenize(string text)
    {
        var tokens = new List<DateToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }
            var kind = KindOf(c);
            var start = i++;
            if (kind != DateTokenKind.Symbol)
                while (i < text.Length && KindOf(text[i]) == kind) i++;
            tokens.Add(new DateToken(kind, start, i - start));
        }
        return tokens;
    }

    private static DateTokenKind KindOf(char c) =>
        char.IsAsciiDigit(c) ? DateTokenKind.Number
        : char.IsLetter(c) ? DateTokenKind.Word
        : DateTokenKind.Symbol;
}
