namespace SovietInterventions.Core.Import.Mentions;

/// <summary>Shortens text for an event, a summary or a context note: at the last space before the limit, or at the limit.</summary>
internal static class TextCut
{
    /// <summary>The text <see cref="AtWord"/> cut, without the mark it added.</summary>
    public static string Uncut(string text) => text.EndsWith(" \u2026", StringComparison.Ordinal) ? text[..^2] : text;

    /// <summary>Text taken from the middle of a sentence, its first letter raised in brackets as an editor marks a shortened
    /// quotation ("[O]n 3 August, …").</summary>
    public static string FromMidSentence(string rest) =>
        rest.Length > 1 && char.IsLetter(rest[0]) ? $"[{char.ToUpperInvariant(rest[0])}]{rest[1..]}" : rest;

    public static string AtWord(string text, int limit)
    {
        if (text.Length <= limit) return text;
        var cut = text.LastIndexOf(' ', limit);
        return text[..(cut > 0 ? cut : limit)] + " …";
    }
}
