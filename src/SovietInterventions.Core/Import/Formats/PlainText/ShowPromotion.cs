using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// What a podcast or video says to promote itself or its sponsor: a sponsor read ("This episode is brought to you by …"),
/// a call to subscribe, rate or review, and its show notes' tags ("#coldwar #history"). None of it is history: the
/// sentences are dropped from the text and give no dates; a line of tags names the document's tags.
/// </summary>
internal static partial class ShowPromotion
{
    /// <summary>The text without its promotion sentences (empty when it is all promotion).</summary>
    public static string Without(string text) =>
        Promotion().IsMatch(text) ? string.Join(" ", ProseText.SplitSentences(text).Where(s => !Promotion().IsMatch(s))) : text;

    /// <summary>The tags of a line made only of hashtags ("#coldwar #history", "Tags: #1939 #Poland"), or null.</summary>
    public static IReadOnlyList<string>? Tags(string line)
    {
        var match = TagLine().Match(line);
        return match.Success ? match.Groups["tag"].Captures.Select(c => c.Value).ToList() : null;
    }

    // Tight phrases: history says "a coup supported by the CIA" and "subscribe to the view", so only the show's own words count.
    [GeneratedRegex(@"\b(?:(?:this|today's) (?:episode|show|podcast|video|programme|program) is (?:brought to you|sponsored|supported|made possible) by|(?:our|today's) sponsors?\b|promo code|subscribe\b.{0,40}\b(?:show|podcast|channel|feed|newsletter)s?\b|rate(?:,| and) review|leave (?:us )?a (?:rating|review)|support the show|become a (?:patron|member|supporter)\b|patreon)", RegexOptions.IgnoreCase)]
    private static partial Regex Promotion();

    [GeneratedRegex(@"^(?:Tags:\s*)?(?:#(?<tag>[\p{L}\p{N}_]+)[,\s]*){2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex TagLine();
}
