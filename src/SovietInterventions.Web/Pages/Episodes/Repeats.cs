using System.Globalization;
using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Mentions.Dates;

namespace SovietInterventions.Web.Pages.Episodes;

/// <summary>
/// Shows a thing said twice once: passages sharing most of their word trigrams, and events of the same date about the
/// same subject, are folded into the first, which then cites every source that has them. Two sentences in which the Soviet
/// side acts on the same day of one episode are about the same subject ("the Red Army invaded Poland on 17 September",
/// "Stalin ordered the invasion on September 17"); on the same month, when they also use the same act word; a night of
/// two days ("20–21 August") is either day. Events dated only to the same year by one passage are one; an act dated only
/// to a year (or a month, told with the same act word) is that act dated more precisely within it, which then stands for both; a sentence
/// that writes another event's date as well as its own tells that event too when they share the subject's words.
/// </summary>
public static partial class Repeats
{
    /// <summary>Events of the same date sharing this share of their longer words are about the same subject.</summary>
    public const double SameSubject = 0.5;

    public static List<ShowModel.NarrativePassage> Fold(IEnumerable<ShowModel.NarrativePassage> passages)
    {
        var kept = new List<(ShowModel.NarrativePassage Passage, IReadOnlySet<string> Trigrams)>();
        foreach (var passage in passages)
        {
            var trigrams = WordTrigrams.Of(passage.Text);
            var same = kept.FindIndex(k => WordTrigrams.Shared(k.Trigrams, trigrams) >= WordTrigrams.RepeatShare);
            if (same < 0) kept.Add((passage, trigrams));
            else kept[same] = (kept[same].Passage with { AlsoIn = [.. kept[same].Passage.AlsoIn, passage.Ref] }, kept[same].Trigrams);
        }
        return [.. kept.Select(k => k.Passage)];
    }

    public static List<ShowModel.EventLine> Fold(IEnumerable<ShowModel.EventLine> events) =>
        Fold(events, SovietActs.Involve, SovietActs.Words, SovietActs.Kinds);

    public static List<ShowModel.EventLine> Fold(
        IEnumerable<ShowModel.EventLine> events, Func<string, bool> involvesSovietSide, Func<string, IReadOnlySet<string>>? actWords = null,
        Func<string, IReadOnlySet<string>>? actKinds = null)
    {
        var kept = new List<ShowModel.EventLine>();
        foreach (var line in events)
        {
            var same = kept.FindIndex(k => SameDate(k, line)
                && (WordTrigrams.AreRepeats(k.Text, line.Text) || WordTrigrams.SharedWords(k.Text, line.Text) >= SameSubject
                    || OnADay(line.Date) && involvesSovietSide(k.Text) && involvesSovietSide(line.Text)
                    || OnAMonth(line.Date) && actWords is not null && involvesSovietSide(k.Text) && involvesSovietSide(line.Text)
                       && actWords(k.Text).Overlaps(actWords(line.Text))
                    || OnAYear(line.Date) && k.Source is not null && k.Source == line.Source)
                || TellsTheOther(k, line) && WordTrigrams.SharedWords(k.Text, line.Text) >= SameSubject
                || actKinds is not null && TheDateOf(k, line, involvesSovietSide, actWords, actKinds));
            if (same < 0) kept.Add(line);
            else
            {
                // The more precise telling stands for both ("25 August 1941" over "1941").
                var (keep, other) = kept[same].Date.Length >= line.Date.Length ? (kept[same], line) : (line with { AlsoIn = [] }, kept[same]);
                foreach (var source in other.Sources.Where(s => keep.Sources.All(k => k != s)))
                    keep = keep with { AlsoIn = [.. keep.AlsoIn, source] };
                kept[same] = keep;
            }
        }
        return kept;
    }

    // "1941: … invaded Iran jointly in 1941" and "25 August 1941: The invasion lasted …": an act dated only to a year that names no
    // other year is the act of the same kind the Soviet side did on a more precise date of that year. "August 1945: … the Soviet
    // invasion of Manchuria" and "9 August 1945: … invaded": an act the Soviet side does dated only to a month is its act on a day
    // of it told with the same act word or its noun; a month holds many acts of one kind ("supplied", "deployed").
    private static bool TheDateOf(ShowModel.EventLine a, ShowModel.EventLine b, Func<string, bool> involvesSovietSide,
        Func<string, IReadOnlySet<string>>? actWords, Func<string, IReadOnlySet<string>> actKinds)
    {
        var (coarse, precise) = a.Date.Length < b.Date.Length ? (a, b) : (b, a);
        if (!EventDates.Holds(coarse.Date, precise.Date) || !involvesSovietSide(coarse.Text) && !involvesSovietSide(precise.Text)) return false;
        if (OnAMonth(coarse.Date))
            return actWords is not null && actWords(coarse.Text).Any(w => SovietActing(coarse.Text, w, involvesSovietSide)
                && actWords(precise.Text).Any(v => SameStem(w, v) && SovietActing(precise.Text, v, involvesSovietSide)));
        return !Years().Matches(coarse.Text).Any(m => m.Value != coarse.Date) && actKinds(coarse.Text).Overlaps(actKinds(precise.Text));
    }

    // "invaded" and "invasion", "occupied" and "occupation": an act word and its noun share their first letters.
    private static bool SameStem(string a, string b) =>
        a.Length >= StemLength && b.Length >= StemLength && string.CompareOrdinal(a, 0, b, 0, StemLength) == 0;

    private const int StemLength = 4;

    // "the Soviet invasion", "occupied by the Red Army": the Soviet side within a few words of the act does it; "missile sites
    // arranged like those used by the Soviet Union" is another's act.
    private static bool SovietActing(string sentence, string actWord, Func<string, bool> involvesSovietSide)
    {
        var at = sentence.IndexOf(actWord, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var before = WordStarts().Matches(sentence[..at]);
        var after = WordStarts().Matches(sentence, at + actWord.Length);
        var from = before.Count > ActReach ? before[^ActReach].Index : 0;
        var to = after.Count > ActReach ? after[ActReach].Index : sentence.Length;
        return involvesSovietSide(sentence[from..to]);
    }

    private const int ActReach = 6;

    [GeneratedRegex(@"\b\w")]
    private static partial Regex WordStarts();

    // "On 13 February 1945 … captured the city, by April 1945 the enemy was driven out" also tells the April 1945 event.
    private static bool TellsTheOther(ShowModel.EventLine a, ShowModel.EventLine b) =>
        a.Date != b.Date && (EventDates.Written(a.Text, b.Date) || EventDates.Written(b.Text, a.Date));

    private static bool OnAYear(string isoDate) => isoDate.Length == 4;

    [GeneratedRegex(@"\b(1[89]|20)\d\d\b")]
    private static partial Regex Years();

    // "1939-09-17": a day, not a month or a year, in which two acts are rarely two events.
    private static bool OnADay(string isoDate) => isoDate.Length == 10;

    private static bool OnAMonth(string isoDate) => isoDate.Length == 7;

    // The same date, or a day inside the night or days the other's own sentence spans ("On the night of 20–21 August 1968").
    private static bool SameDate(ShowModel.EventLine kept, ShowModel.EventLine line) =>
        kept.Date == line.Date || OnADay(kept.Date) && OnADay(line.Date) && (Spans(kept, line.Date) || Spans(line, kept.Date));

    private static bool Spans(ShowModel.EventLine line, string isoDay)
    {
        if (line.Date[..7] != isoDay[..7]) return false;
        var day = int.Parse(isoDay[8..], CultureInfo.InvariantCulture);
        return DayRange().Matches(line.Text).Any(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) <= day
            && day <= int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)
            && line.Date.EndsWith(m.Groups[1].Value.PadLeft(2, '0'), StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(\d{1,2})\s*[\u2013-]\s*(\d{1,2})\s+\p{Lu}\p{Ll}+")]
    private static partial Regex DayRange();
}
