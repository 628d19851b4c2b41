using System.Globalization;
using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// A turn of a transcript: a line opening with a timestamp ("[00:01:27]", "(12:05)") and/or a speaker label in
/// capitals ("VOLKOVA:", "DR SMITH:"). The marks are no part of what was said, and one turn is one passage.
/// </summary>
internal static partial class TranscriptTurn
{
    private const int MaxLabelWords = 3;

    /// <summary>What the speaker said (empty for a stage direction alone, "[MUSIC]"), or null when the line is no turn.</summary>
    public static string? Of(string line)
    {
        var rest = WithoutTimestamp(line, out var timed);
        var label = SpeakerLabel(rest, timed);
        if (!timed && label == 0) return null;
        rest = rest[label..].TrimStart();
        while (rest.StartsWith('[') && rest.IndexOf(']') is var close and > 0) rest = rest[(close + 1)..].TrimStart(); // "[laughs]"
        return rest;
    }

    /// <summary>
    /// The topic a turn announces when its first sentence says only a name and a year ("Egypt, 1970.", "1956: Hungary"):
    /// the turns after it speak of that place and time as a section speaks of its heading. Null for any other turn;
    /// else the topic and what the turn says after it.
    /// </summary>
    public static (string Topic, string After)? Topic(string said)
    {
        var end = said.IndexOfAny(SentenceEnds);
        var first = (end < 0 ? said : said[..end]).Trim();
        var match = NameAndYear().Match(first);
        if (!match.Success) return null;
        var name = match.Groups["name"].Success ? match.Groups["name"].Value : match.Groups["after"].Value;
        // "July 1970" is a date, not a topic.
        if (Months.Contains(name)) return null;
        return (first, end < 0 ? "" : said[(end + 1)..].TrimStart('.', '!', '?', '…', ' '));
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '…'];

    private static readonly HashSet<string> Months = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames)
            .Where(m => m.Length > 0), StringComparer.OrdinalIgnoreCase);

    private const string Name = @"\p{Lu}[\p{L}'’-]*(?:\s(?:of|the|and|\p{Lu}[\p{L}'’-]*)){0,3}";

    [GeneratedRegex(@"^(?:(?<name>" + Name + @"),?\s(?:in\s)?(?:1[89]\d\d|20\d\d)|(?:1[89]\d\d|20\d\d)[:,]?\s(?<after>" + Name + @"))$")]
    private static partial Regex NameAndYear();

    // "[00:01:27]", "[1:27]", "(00:01:27)" or "00:01:27" at the start of the line.
    private static string WithoutTimestamp(string line, out bool timed)
    {
        timed = false;
        var open = line.Length > 0 && line[0] is '[' or '(' ? 1 : 0;
        var i = open;
        var colons = 0;
        while (i < line.Length && (char.IsDigit(line[i]) || line[i] == ':' && i > open && char.IsDigit(line[i - 1])))
            colons += line[i++] == ':' ? 1 : 0;
        if (colons == 0 || !char.IsDigit(line[i - 1])) return line;
        if (open == 1 && (i >= line.Length || line[i] is not (']' or ')'))) return line;
        if (open == 0 && (i >= line.Length || line[i] != ' ')) return line;
        timed = true;
        return line[(i + open)..].TrimStart();
    }

    // The length of "VOLKOVA:" or "DR IRINA VOLKOVA:" (after a timestamp also "Volkova:"), or 0.
    private static int SpeakerLabel(string text, bool timed)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon + 1 < text.Length && text[colon + 1] != ' ') return 0;
        var words = text[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxLabelWords || !words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '\'' or '-'))) return 0;
        var capitals = words.All(w => w.Where(char.IsLetter).All(char.IsUpper)) && words.Sum(w => w.Count(char.IsLetter)) >= 2;
        return capitals || timed ? colon + 1 : 0;
    }
}
