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
        var value = new System.Text.StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
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
                origin.Add(i - 1);
                pendingSpace = false;
            }
            var folded = CharFolding.Fold(c);
            if (folded is null)
            {
                value.Append(c);
                origin.Add(i);
                continue;
            }
            foreach (var f in folded)
            {
                value.Append(f);
                origin.Add(i);
            }
        }
        return new FoldedText(text, value.ToString(), [.. origin]);
    }

    /// <summary>The same text lower-cased, for words matched regardless of case (titles, role patterns).</summary>
    public FoldedText Lower() => new(Original, Value.ToLowerInvariant(), origin);

    /// <summary>The form a name takes in a name table: folded like any text.</summary>
    public static string Key(string name) => Of(name).Value;

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
