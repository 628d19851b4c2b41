namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// Lines a news or archive page puts around its article: an advertisement slot ("ADVERTISEMENT"), a breadcrumb
/// trail ("Archive > World > 2021 > August"), a menu bar ("Home | Magazine | Archive | Log in") and photo captions
/// ("Photo: Troops in the square, 1950. (Archive)"). The first three are no text at all; a caption is a caption, never a heading.
/// </summary>
internal static class PageFurniture
{
    private static readonly HashSet<string> Slots = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "advertising", "sponsored", "sponsored content", "story continues below", "continue reading",
        "article continues below", "advertisement - scroll to continue", "skip advert", "ad",
    };

    private static readonly HashSet<string> CaptionLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "photo", "photograph", "picture", "pictured", "image", "caption", "illustration", "top image", "main image",
    };

    private static readonly char[] CrumbSeparators = ['>', '›', '»'];

    /// <summary>True for a line that is page furniture and no text: an advertisement slot, a breadcrumb trail or a menu bar.</summary>
    public static bool IsFurniture(string line)
    {
        var text = line.Trim();
        return Slots.Contains(text.Trim('-', '—', ' ')) && text.All(c => !char.IsLetter(c) || char.IsUpper(c))
            || IsSteps(text, CrumbSeparators, 3) || IsSteps(text, MenuSeparators, 4) && !text.Any(char.IsDigit);
    }

    /// <summary>The words of a labelled photo caption without its label ("Photo: Tanks in the square" → "Tanks in the square"), or null.</summary>
    public static string? Caption(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > 15 || !CaptionLabels.Contains(line[..colon].Trim())) return null;
        var caption = line[(colon + 1)..].Trim();
        return caption.Length > 0 ? caption : null;
    }

    private static readonly char[] MenuSeparators = ['|'];

    // Three or more short capitalised steps joined by ">" (or "›", "»"): a site's path to the page; four or more joined
    // by "|", with no number: its menu. A table row has a separator at its start ("| 1956 | Hungary |") or a date in it.
    private static bool IsSteps(string line, char[] separators, int least)
    {
        if (line.IndexOfAny(separators) < 0) return false;
        var steps = line.Split(separators, StringSplitOptions.TrimEntries);
        return steps.Length >= least && steps.All(s => s.Length > 0 && (char.IsUpper(s[0]) || char.IsDigit(s[0])) && s.Split(' ').Length <= 4 && !s.EndsWith('.'));
    }
}
