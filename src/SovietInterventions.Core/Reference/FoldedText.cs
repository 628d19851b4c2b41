namespace SovietInterventions.Core.Reference;

/// <summary>
/// A text prepared for name matching: diacritics folded, whitespace and control characters
/// collapsed to single spaces. Remembers where each folded character came from, so that a match
/// can be reported with the original text and position.
/// </summary>
internal sealed class FoldedText
{
    private readonly int[] origin;

    private FoldedText(string original, string value, int[] origin)
    {
        Original = original;
        Value = value;
        this.origin = origin;
    }

    public string Original { get; }
    public string Value { get; }

    public static FoldedText Of(string text)
    {
        int[]? origin = new int[text.Length];
        var value = Fold(text, ref origin);
        return new FoldedText(text, value, origin!);
    }

    /// <summary>The folded text; <paramref name="origin"/>, when given, receives where each character came from (and grows
    /// in the rare case a letter folds to two, Æ = AE). Its length may exceed the folded text's.</summary>
    private static string Fold(string text, ref int[]? origin)
    {
        var value = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = value.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                value.Append(' ');
                Put(ref origin, value.Length - 1, i - 1);
                pendingSpace = false;
            }
            var folded = CharFolding.Fold(c);
            if (folded is null)
            {
                value.Append(c);
                Put(ref origin, value.Length - 1, i);
                continue;
            }
            foreach (var f in folded)
            {
                value.Append(f);
                Put(ref origin, value.Length - 1, i);
            }
        }
        return value.ToString();
    }

    private static void Put(ref int[]? origin, int at, int from)
    {
        if (origin is null) return;
        if (at >= origin.Length) Array.Resize(ref origin, Math.Max(origin.Length * 2, at + 1));
        origin[at] = from;
    }

    /// <summary>The same text lower-cased, for words matched regardless of case (titles, role patterns).</summary>
    public FoldedText Lower() => new(Original, Value.ToLowerInvariant(), origin);

    /// <summary>The form a name takes in a name table: folded like any text.</summary>
    public static string Key(string name)
    {
        int[]? none = null;
        return Fold(name, ref none);
    }

    /// <summary>Where a span of the folded text lies in the original, combining marks at its end included.</summary>
    public (int Index, int Length) OriginalSpan(int start, int length)
    {
        var first = origin[start];
        var end = origin[start + length - 1] + 1;
        while (end < Original.Length && CharFolding.IsCombiningMark(Original[end]))
            end++;
        return (first, end - first);
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    public bool StartsWord(int i) => i == 0 || !IsWordChar(Value[i - 1]);

    public bool EndsWord(int end) => end >= Value.Length || !IsWordChar(Value[end]);
}
