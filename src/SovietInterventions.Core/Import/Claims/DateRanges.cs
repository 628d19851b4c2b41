using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// A period a sentence states across words the date reader does not join: "from early 1970 until the expulsion of
/// the advisers in July 1972", "between 1941 and the armistice of 1944". The opening word (data/claim-rules.json
/// rangeStarts) stands right before the first date, the closing word (rangeEnds) right after it, within one clause.
/// </summary>
internal static class DateRanges
{
    private const int MaxGap = 90;
    private const int OpenerWords = 2;

    /// <summary>"began leaving in May 1988, and on 15 February 1989 … the last man out": an ending begun at one date lasts to the
    /// latest date after it in the sentence (a word of data/claim-rules.json beginWords right before the act, "began" or "began to",
    /// or right after it, "the withdrawal began on 15 May 1988").</summary>
    public static PartialDate? EndOfBegun(string sentence, int actIndex, int actEnd, PartialDate start, IReadOnlyList<DatePhrase> found, ClaimRules rules)
    {
        if (!OnlyBegun(sentence, actIndex, actEnd, rules)) return null;
        var last = found.Where(d => d.Index > actIndex).Select(d => d.End ?? d.Start).DefaultIfEmpty(start).Max();
        return last.CompareTo(start) > 0 ? last : null;
    }

    private static bool OnlyBegun(string sentence, int actIndex, int actEnd, ClaimRules rules)
    {
        var words = sentence[..actIndex].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words[^1].Equals("to", StringComparison.OrdinalIgnoreCase)) words = words[..^1];
        var next = sentence[actEnd..].Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return words.Length > 0 && rules.BeginWords.Contains(words[^1]) || next is not null && rules.BeginWords.Contains(next);
    }

    /// <summary>"The Soviet occupation of northern Iran began with the invasion … on 25 August 1941 and ended when the last units left
    /// … on 9 May 1946": an act a begin word follows within a few words (its noun is the subject) lasts to the first date after a
    /// word of data/claim-rules.json endedWords later in the sentence.</summary>
    public static PartialDate? EndOfBeganAndEnded(string sentence, int actEnd, PartialDate start, IReadOnlyList<DatePhrase> found, ClaimRules rules)
    {
        var after = sentence[actEnd..].Split(' ', SubjectWords + 1, StringSplitOptions.RemoveEmptyEntries).Take(SubjectWords);
        if (!after.Any(w => rules.BeginWords.Contains(w.TrimEnd(',', ';')))) return null;
        if (rules.EndedWords.Find(sentence[actEnd..]).FirstOrDefault() is not { } ended) return null;
        var last = found.FirstOrDefault(d => d.Index > actEnd + ended.End);
        return last is not null && (last.End ?? last.Start).CompareTo(start) > 0 ? last.End ?? last.Start : null;
    }

    private const int SubjectWords = 5;

    /// <summary>"Soviet troops entered in December 1979 …, and the army stayed until 1989": a stay "until" a later date, after the act in
    /// its sentence, ends it.</summary>
    public static PartialDate? EndOfStay(string sentence, int actEnd, PartialDate start, IReadOnlyList<DatePhrase> found, ClaimRules rules)
    {
        var stay = rules.Acts.Find(sentence[actEnd..]).FirstOrDefault(a => a.Value.Role == ActRole.End && a.Text.EndsWith(" until", StringComparison.OrdinalIgnoreCase));
        if (stay is null || !StayedByTheForces(sentence[..(actEnd + stay.Index)], rules)) return null;
        var from = actEnd + stay.End;
        var next = found.FirstOrDefault(d => d.Index >= from);
        return next is not null && next.Index - from <= UntilGap && (next.End ?? next.Start).CompareTo(start) > 0 ? next.End ?? next.Start : null;
    }

    // "…, and the army stayed until 1989", "… where they remained until": the stay's own clause names the forces or the Soviet side,
    // or points back to them; "a British correspondent who stayed until 1970" is another's stay.
    private static bool StayedByTheForces(string before, ClaimRules rules)
    {
        var clause = before[(before.LastIndexOfAny([',', ';']) + 1)..];
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return !words.Contains("who", StringComparer.OrdinalIgnoreCase)
            && (words.Any(w => rules.IsForcesWord(w)) || rules.Agents.AnyIn(clause) || words.Any(w => w.ToLowerInvariant() is "they" or "it"));
    }

    // "stayed until early 1989", "remained until the spring of 1946": a few words between "until" and its date.
    private const int UntilGap = 16;

    /// <summary>The end of the period <paramref name="start"/> opens, or null when it opens none.</summary>
    public static PartialDate? EndOf(string sentence, DatePhrase start, IReadOnlyList<DatePhrase> found, ClaimRules rules)
    {
        if (start.End is { } end) return end;
        var before = sentence[..start.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(OpenerWords);
        if (!before.Any(w => rules.RangeStarts.Contains(w))) return null;
        var next = found.FirstOrDefault(d => d.Index > start.Index);
        var from = start.Index + start.Length;
        if (next is null || next.Index - from > MaxGap || next.Start.CompareTo(start.Start) <= 0) return null;
        var gap = sentence[from..next.Index];
        var first = gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.TrimEnd(',');
        if (first is null || !rules.RangeEnds.Contains(first) || gap.IndexOfAny([';', ':', '(', ')']) >= 0) return null;
        return next.End ?? next.Start;
    }

    /// <summary>The date nearest a position in the sentence (the earlier of two as near).</summary>
    public static DatePhrase? Nearest(IReadOnlyList<DatePhrase> found, int at) =>
        found.OrderBy(d => Math.Abs(d.Index - at)).ThenBy(d => d.Index).FirstOrDefault();
}
