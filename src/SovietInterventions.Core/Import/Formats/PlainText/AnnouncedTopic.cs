using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// A paragraph that opens by announcing its topic with an ordinal ("Second: KOREA.", "11/16 Third: the CONGO in 1960."), as a
/// thread or a run of cases does: what follows speaks of that topic until the next one, as a section speaks of its heading.
/// The topic is a name, perhaps with a year ("the Congo in 1960"), never a sentence ("First: the Red Army crossed …"); a
/// word written in capitals for emphasis reads as the name it is.
/// </summary>
internal static partial class AnnouncedTopic
{
    private const int MaxWords = 6;

    /// <returns>The topic and the rest of the paragraph, or null when the paragraph announces none.</returns>
    public static (string Topic, string After)? Of(string paragraph)
    {
        var match = Announcement().Match(paragraph);
        if (!match.Success) return null;
        var words = match.Groups["topic"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords || !words.All(w => char.IsUpper(w[0]) || w.All(char.IsAsciiDigit) || LinkWords.Contains(w))) return null;
        var topic = string.Join(' ', words.Select(w => w.Length > 3 && w.All(char.IsUpper) ? w[0] + w[1..].ToLowerInvariant() : w));
        return (topic, paragraph[match.Length..].TrimStart());
    }

    // The small words a name with a place and a year may hold: "the Congo in 1960", "Bay of Pigs".
    private static readonly HashSet<string> LinkWords = ["the", "of", "in", "and", "on"];

    // An optional post counter ("11/16"), an ordinal and a colon, then the topic up to its full stop.
    [GeneratedRegex(@"^(?:\d{1,3}/\d{1,3}\s+)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Next|Finally|Lastly)\s*:\s+(?<topic>[^.!?:;,]{2,60}?)[.!?](?=\s|$)")]
    private static partial Regex Announcement();
}
