namespace SovietInterventions.Core.Import.Mentions.Dates;

/// <summary>The tokens of one text, with the questions the date grammar asks about them. Out-of-range indexes answer false.</summary>
internal sealed class DateTokens(string text, List<DateToken> tokens)
{
    // Hyphens and dashes, and the arrows notes write for "to" ("June 1948 → May 1949").
    private const string Dashes = "-\u2010\u2011\u2012\u2013\u2014\u2192\u27F6";
    private const string NumberJoiners = ".,:/";
    private const string Currencies = "$£€¥#№";
    public const string Apostrophes = "'\u2019";

    public int Count => tokens.Count;

    public ReadOnlySpan<char> Span(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    /// <summary>The text from the start of token <paramref name="first"/> to the end of the token before <paramref name="next"/>.</summary>
    public (int Index, int Length, string Text) Slice(int first, int next)
    {
        var start = tokens[first].Start;
        var end = tokens[next - 1].End;
        return (start, end - start, text[start..end]);
    }

    public bool Is(int i, DateTokenKind kind) => i >= 0 && i < tokens.Count && tokens[i].Kind == kind;

    public bool IsWord(int i, string word) =>
        Is(i, DateTokenKind.Word) && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAnyWord(int i, string[] words)
    {
        foreach (var word in words)
            if (IsWord(i, word)) return true;
        return false;
    }

    public bool IsSymbol(int i, string symbols) =>
        Is(i, DateTokenKind.Symbol) && symbols.Contains(text[tokens[i].Start]);

    public bool IsDash(int i) => IsSymbol(i, Dashes);

    /// <summary>True when token <paramref name="i"/> touches the next one, with no space between.</summary>
    public bool TouchesNext(int i) => i >= 0 && i + 1 < tokens.Count && tokens[i].End == tokens[i + 1].Start;

    /// <summary>The value of a number token of the given count of digits, or null.</summary>
    public int? Number(int i, int minDigits, int maxDigits)
    {
        if (!Is(i, DateTokenKind.Number) || tokens[i].Length < minDigits || tokens[i].Length > maxDigits) return null;
        var value = 0;
        foreach (var digit in Span(i)) value = value * 10 + (digit - '0');
        return value;
    }

    /// <summary>
    /// A number that stands on its own, not a piece of 70,000, 13.5 or 0:43, not money,
    /// and not glued to letters as in 1BF or 1970s (an ordinal suffix is allowed where asked).
    /// </summary>
    public bool IsStandaloneNumber(int i, bool allowOrdinalSuffix)
    {
        if (!Is(i, DateTokenKind.Number)) return false;
        if (TouchesNext(i - 1))
        {
            if (IsSymbol(i - 1, Currencies)) return false;
            if (IsSymbol(i - 1, NumberJoiners) && TouchesNext(i - 2) && Is(i - 2, DateTokenKind.Number)) return false;
        }
        if (TouchesNext(i))
        {
            if (Is(i + 1, DateTokenKind.Word)) return allowOrdinalSuffix && DateWords.IsOrdinalSuffix(Span(i + 1));
            if (IsSymbol(i + 1, "%")) return false;
            if (IsSymbol(i + 1, NumberJoiners) && TouchesNext(i + 1) && Is(i + 2, DateTokenKind.Number)) return false;
            if (IsSymbol(i + 1, Apostrophes) && TouchesNext(i + 1) && IsWord(i + 2, "s")) return false;
        }
        return true;
    }

    /// <summary>True when a dash joins the tokens from <paramref name="first"/> up to <paramref name="next"/> to a number, as in 1945-1940 or 1998-02.</summary>
    public bool IsDashedToNumber(int first, int next) =>
        (IsDash(first - 1) && Is(first - 2, DateTokenKind.Number)) || (IsDash(next) && Is(next + 1, DateTokenKind.Number));
}
