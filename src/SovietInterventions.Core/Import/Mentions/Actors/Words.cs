namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Splits lower-cased folded text into words and punctuation for the role patterns: "soviet-installed",
/// "smith's" and "'s" are one word each, "," and "." one token each; lone dashes are dropped.
/// </summary>
internal static class Words
{
    private static readonly HashSet<string> SentenceEnds = [".", ";", "!", "?"];

    public static List<string> Of(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                i++;
                continue;
            }
            if (!IsWordPart(c))
            {
                tokens.Add(c.ToString());
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordPart(text[i]))
                i++;
            var word = text[start..i];
            if (word.Any(char.IsLetterOrDigit))
                tokens.Add(word);
        }
        return tokens;
    }

    /// <summary>The words of the same sentence before a position, nearest last.</summary>
    public static List<string> Before(string text, int position, int window)
    {
        var tokens = Of(text[Math.Max(0, position - window)..position]);
        var end = tokens.FindLastIndex(SentenceEnds.Contains);
        return end < 0 ? tokens : tokens[(end + 1)..];
    }

    /// <summary>The words of the same sentence after a position.</summary>
    public static List<string> After(string text, int position, int window)
    {
        var tokens = Of(text[position..Math.Min(text.Length, position + window)]);
        var end = tokens.FindIndex(SentenceEnds.Contains);
        return end < 0 ? tokens : tokens[..end];
    }

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c is '\'' or '-';
}
