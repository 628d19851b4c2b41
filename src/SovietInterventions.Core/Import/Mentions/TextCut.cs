namespace SovietInterventions.Core.Import.Mentions;

/// <summary>Shortens text for an event, a summary or a context note: at the last space before the limit, or at the limit.</summary>
internal static class TextCut
{
    /// <summary>The text <see cref="AtWord"/> cut, without the mark it added.</summary>
    public static string Uncut(string text) => text.EndsWith(" \u2026", StringComparison.Ordinal) ? text[..^2] : text;

    public static string AtWord(string text, int limit)
    {
        if (text.Length <= limit) return text;
        var cut = text.LastIndexOf(' ', limit);
        return text[..(cut > 0 ? cut : limit)] + " …";
    }
}
