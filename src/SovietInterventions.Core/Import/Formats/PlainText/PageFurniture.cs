namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// Lines a news or archive page puts around its article: an advertisement slot ("ADVERTISEMENT"), a breadcrumb
/// trail ("Archive > World > 2021 > August"), a menu bar ("Home | Magazine | Archive | Log in"), a cookie banner ("We use
/// cookies … Accept all | Manage preferences"), a share bar ("Share this: Facebook Twitter Email"), a byline ("By A. Writer |
/// 14 March 2021 | 9 min read"), a call to sign up ("Subscribe to our newsletter") and photo captions ("Photo: Troops in the
/// square, 1950. (Archive)"). All but the captions are no text at all; a caption is a caption, never a heading.
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

    private static readonly string[] ConsentWords = ["use cookies", "uses cookies", "consent", "preferences", "privacy", "settings", " | "];

    private static readonly string[] SignUps = ["subscribe", "sign up", "sign in", "log in", "register"];

    private static readonly string[] ShareLabels = ["share this article", "share this page", "share this", "share on", "share"];

    /// <summary>True for a line that is page furniture and no text: all of the above but a photo caption.</summary>
    public static bool IsFurniture(string line)
    {
        var text = line.Trim();
        return Slots.Contains(text.Trim('-', '—', ' ')) && text.All(c => !char.IsLetter(c) || char.IsUpper(c))
            || IsSteps(text, CrumbSeparators, 3) || IsSteps(text, MenuSeparators, 4) && !text.Any(char.IsDigit)
            || IsSpacedMenu(text)
            || IsCookieBanner(text) || IsConsentHeading(text) || IsShareBar(text) || IsByline(text) || IsSignUp(text);
    }

    // "We value your privacy", "Cookie settings": the heading of a consent box, short and no sentence.
    private const int MaxConsentHeading = 40;

    private static bool IsConsentHeading(string text) =>
        text.Length <= MaxConsentHeading && !text.EndsWith('.')
        && (text.Contains("privacy", StringComparison.OrdinalIgnoreCase) || text.Contains("cookie", StringComparison.OrdinalIgnoreCase))
        || text.Length <= 2 * MaxConsentHeading && ConsentButtons.Count(b => text.Contains(b, StringComparison.OrdinalIgnoreCase)) >= 2;

    // "ACCEPT ALL    REJECT ALL    MANAGE OPTIONS": the consent box's buttons on one line.
    private static readonly string[] ConsentButtons = ["accept all", "reject all", "manage options", "manage preferences", "manage settings", "accept cookies"];

    // "Subscribe to our newsletter", "Sign up for updates": a short call to sign up, no sentence of the article.
    private static bool IsSignUp(string text) =>
        text.Length < 80 && !text.EndsWith('.')
        && (text.Contains("newsletter", StringComparison.OrdinalIgnoreCase) || SignUps.Any(s => text.Equals(s, StringComparison.OrdinalIgnoreCase) || text.StartsWith(s + " ", StringComparison.OrdinalIgnoreCase)));

    // A banner asks for consent; a sentence of history that mentions cookies does not.
    private static bool IsCookieBanner(string text) =>
        text.Contains("cookie", StringComparison.OrdinalIgnoreCase) && text.Length < 300
        && ConsentWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    // "Share this: Facebook Twitter Email Print": the label, then a few capitalised service names and no sentence.
    private static bool IsShareBar(string text)
    {
        var label = ShareLabels.FirstOrDefault(l => text.StartsWith(l, StringComparison.OrdinalIgnoreCase));
        if (label is null) return false;
        var names = text[label.Length..].TrimStart(':', ' ').Split([' ', '|', ','], StringSplitOptions.RemoveEmptyEntries);
        return names.Length is > 0 and <= 8 && names.All(n => char.IsUpper(n[0]) && !n.EndsWith('.'));
    }

    // "By Mark Ellis | 14 March 2021 | 9 min read": a writer's name, then the date or the reading time, in steps.
    private static bool IsByline(string text) =>
        text.StartsWith("By ", StringComparison.Ordinal) && text.Length > 3 && char.IsUpper(text[3])
        && (text.Contains(" | ", StringComparison.Ordinal) || text.EndsWith(" min read", StringComparison.OrdinalIgnoreCase));

    /// <summary>The words of a labelled photo caption without its label ("Photo: Tanks in the square" → "Tanks in the square"), or null.</summary>
    public static string? Caption(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > 15 || !CaptionLabels.Contains(line[..colon].Trim())) return null;
        var caption = line[(colon + 1)..].Trim();
        return caption.Length > 0 ? caption : null;
    }

    private static readonly char[] MenuSeparators = ['|'];

    // "ColdWarWiki   Home   Browse   Random article   Donate   Log in": a menu whose links were set apart by wide spaces.
    private static bool IsSpacedMenu(string text)
    {
        var steps = text.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return steps.Length >= 4 && !text.Any(char.IsDigit) && steps.All(s => char.IsUpper(s[0]) && s.Split(' ').Length <= 3 && !s.EndsWith('.'));
    }

    // Three or more short capitalised steps joined by ">" (or "›", "»"): a site's path to the page; four or more joined
    // by "|", with no number: its menu. A table row has a separator at its start ("| 1956 | Hungary |") or a date in it.
    private static bool IsSteps(string line, char[] separators, int least)
    {
        if (line.IndexOfAny(separators) < 0) return false;
        var steps = line.Split(separators, StringSplitOptions.TrimEntries);
        return steps.Length >= least && steps.All(s => s.Length > 0 && (char.IsUpper(s[0]) || char.IsDigit(s[0])) && s.Split(' ').Length <= 4 && !s.EndsWith('.'));
    }
}
