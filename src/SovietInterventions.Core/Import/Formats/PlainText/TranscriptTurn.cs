using System.Globalization;
using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// A turn of a transcript or a saved chat: a line opening with a timestamp ("[00:01:27]", "(12:05)") and/or a speaker
/// label in capitals ("VOLKOVA:", "DR SMITH:"), or a chat's message header ("13:58:11 From Jane Doe to Everyone:", its
/// message on the same line or on the lines under it). A chat export's "[06-Apr-25 08:02 PM] mara.k" above a message is no text either,
/// and the message under it is read as prose. The marks are no part of what was said, and one turn is one
/// passage. A chat's notices (reactions, "Replying to" quotes, joins and leaves) say nothing. A question ("Q3: …?")
/// heads the answers after it, as a section's heading does; one typed in lower case follows up the last question and
/// heads a subsection of it.
/// </summary>
internal static partial class TranscriptTurn
{
    private const int MaxLabelWords = 3;

    /// <summary>What the speaker said (empty for a stage direction alone, "[MUSIC]"), or null when the line is no turn.</summary>
    public static string? Of(string line)
    {
        var rest = WithoutTimestamp(line, out var timed);
        if (timed && ChatHeader().Match(rest) is { Success: true } header) return Message(rest[header.Length..].Trim());
        var label = SpeakerLabel(rest, timed);
        if (!timed && label == 0) return null;
        rest = rest[label..].TrimStart();
        while (rest.StartsWith('[') && rest.IndexOf(']') is var close and > 0) rest = rest[(close + 1)..].TrimStart(); // "[laughs]"
        return Message(rest);
    }

    /// <summary>
    /// The lines with each chat message under its header ("13:58:11 From Jane Doe to Everyone:" above "hi all") joined
    /// to it, the message's lines blanked, so that a message is read as one turn.
    /// </summary>
    public static string[] JoinChatMessages(string[] lines)
    {
        var joined = lines.ToArray();
        var exported = ExportHeaders(lines);
        for (var i = 0; i < lines.Length; i++)
        {
            // "[06-Apr-25 08:02 PM] mara.k": the stamp and the name alone say only who wrote what follows, read as prose.
            if (exported.Contains(i))
            {
                joined[i] = lines.Skip(i + 1).TakeWhile(l => l.Length > 0).Aggregate(LineEndHyphen.Append);
                for (i++; i < lines.Length && lines[i].Length > 0; i++) joined[i] = "";
                continue;
            }
            if (!IsChatHeader(lines[i])) continue;
            var header = i;
            for (i++; i < lines.Length && Of(lines[i]) is null; i++)
            {
                // A reply's quote of the message it answers may stand a blank line above the reply.
                if (lines[i].Length == 0 && !(i > header + 1 && lines[i - 1].StartsWith("Replying to", StringComparison.OrdinalIgnoreCase))) break;
                if (Message(lines[i]).Length > 0) joined[header] += " " + lines[i];
                joined[i] = "";
            }
            i--;
        }
        return joined;
    }

    /// <summary>
    /// The heading a question turn puts over the answers after it ("Q3 (Laos): Why …?" → "Laos: Why …?"), or null. In a
    /// chat every question is one; in a spoken transcript only a labelled one ("Q:"), as a host's questions there keep to
    /// the topic announced ("…, right?").
    /// </summary>
    public static string? Question(string said, bool chat)
    {
        var label = QuestionLabel().Match(said);
        if (!chat && !label.Success) return null;
        var asked = said[label.Length..];
        var end = asked.IndexOfAny(SentenceEnds);
        if (end < 0 || asked[end] != '?') return null;
        if (label.Groups["topic"].Success) return $"{label.Groups["topic"].Value}: {asked}";
        return asked;
    }

    /// <summary>The title of a chapter marker ("00:12:31 – The August offensive", "[12:31] - The August offensive"), or null.</summary>
    public static string? Chapter(string line)
    {
        var rest = WithoutTimestamp(line, out var timed);
        if (!timed || rest.Length < 2 || rest[0] is not ('–' or '—' or '-') || rest[1] != ' ') return null;
        var title = rest[2..].Trim();
        return ArticleTitle.LooksLikeTitle(title) ? title : null;
    }

    /// <summary>True for a saved chat: a text with a message header ("13:58:11 From Jane Doe to Everyone:").</summary>
    public static bool IsChat(IEnumerable<string> lines) => lines.Any(IsChatHeader);

    /// <summary>What a turn says without its question or answer label ("A3: They flew." → "They flew.").</summary>
    public static string WithoutLabel(string said) => said[Label().Match(said).Length..];

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

    // A chat's notices are no message: "Reacted to "…" with 👍", "Replying to "…"", "Jane Doe joined the meeting".
    private static string Message(string text) => ChatNotice().IsMatch(text) ? "" : text;

    private static bool IsChatHeader(string line) =>
        WithoutTimestamp(line, out var timed) is var rest && timed && ChatHeader().Match(rest) is { Success: true } header && header.Length == rest.Length;

    /// <summary>The lines of a chat export's message headers ("[06-Apr-25 08:02 PM] mara.k" above the message): a dated stamp and a
    /// user name alone, a message line right under it, and several such in the text; a dated stamp before an event
    /// ("[20.08.1968 23:00] Troops cross the border") in a list of such lines is no header.</summary>
    private static HashSet<int> ExportHeaders(string[] lines)
    {
        var headers = Enumerable.Range(0, lines.Length).Where(i => i + 1 < lines.Length && ExportHeader().IsMatch(lines[i])
            && lines[i + 1].Length > 0 && !DatedStamp().IsMatch(lines[i + 1])).ToHashSet();
        return headers.Count >= MinExportHeaders ? headers : [];
    }

    private const int MinExportHeaders = 2;

    // A chat export's stamp with a date and a time: "[06-Apr-25 08:02 PM]", "[2025-04-06 20:02]", "[4/6/2025 8:02 PM]".
    private const string Stamp = @"^\[(?=[^\]]*[-/.])[\w\-/., ]{6,20}\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\]";

    [GeneratedRegex(Stamp)]
    private static partial Regex DatedStamp();

    // A dated stamp, then a user name of up to three words and no sentence ("mara.k", "mara#1234", "Deleted User", "StudyBot (BOT)").
    [GeneratedRegex(Stamp + @"\s+[\w.\-#]+(?:\s[\w.\-#()]+){0,2}$")]
    private static partial Regex ExportHeader();

    // "From Jane Doe to Everyone:", "From Jane Doe to Ann Lee (Direct Message):", "From Jane Doe :" after the timestamp.
    [GeneratedRegex(@"^From\s+[^:]+?(?:\s+to\s+[^:]+?)?\s*:(?=\s|$)")]
    private static partial Regex ChatHeader();

    [GeneratedRegex(@"^(?:(?:Reacted to|Replying to|Removed a reaction)\b|.{1,60}\s(?:has\s)?(?:joined|left) the (?:meeting|chat|channel|call|conversation)\.?$)", RegexOptions.IgnoreCase)]
    private static partial Regex ChatNotice();

    // "Q3:", "Q:", "Question 2:", "Q3 (Laos):" before a question.
    [GeneratedRegex(@"^(?:Q|Question)\s?\d*(?:\s*\((?<topic>[^)]+)\))?:\s+")]
    private static partial Regex QuestionLabel();

    // "A3:", "A:", "Answer 2:" before an answer, or a question's label.
    [GeneratedRegex(@"^(?:A|Answer|Q|Question)\s?\d*(?:\s*\([^)]+\))?:\s+")]
    private static partial Regex Label();

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
