using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Mentions.Dates;

/// <summary>Where a date's year came from; <see cref="PassageWritten"/>: a year the passage writes outside the episode's years
/// and the text's own for the date ("elected on 19 December" before "January 1941" and "18 December 1940").</summary>
internal enum YearSource { Written, Sentence, Passage, PassageWritten, Episode }

/// <summary>
/// A date of one sentence of a passage: <see cref="Sentence"/> is the sentence's index, <see cref="Source"/>
/// where its year came from, <see cref="OutsideYears"/> true when it falls outside the episode's years.
/// </summary>
internal sealed record SentenceDate(DatePhrase Phrase, int Sentence, YearSource Source, bool OutsideYears)
{
    public PartialDate Date => Phrase.Start;
}

/// <summary>
/// Dates the sentences of one passage. A day-and-month date with no year ("on 22 June") takes the year written in
/// its own sentence, else that of the nearest sentence of the passage with a written year inside the episode's
/// years, the latest it writes inside them (a later sentence's year, when the date would fall after that sentence's date, means the year before,
/// unless a month or day written before is in the same year as that sentence; a month or day after is preferred
/// to a year alone before),
/// else a year of its own sentence that qualifies a noun ("the 1941 offensive"), else the year of the month or day the
/// passage last wrote before it, else the episode's first year.
/// A year written in its own sentence, or by the passage when no year inside the episode's is written around the date, is
/// kept even outside the episode's years, and then flagged; a neighbour's year outside them is otherwise passed over.
/// Linear in the number of sentences.
/// </summary>
internal sealed class PassageDates(DateFinder finder)
{
    private sealed record Candidate(int Year, YearSource Source, PartialDate? Following = null);

    /// <param name="asides">Sentences standing beside the text, not in its order (captions): their year is a neighbour's, but a
    /// date after theirs is not in the year before ("21 August 1968" under a photograph, then "on 23 August").</param>
    public IReadOnlyList<SentenceDate> Find(IReadOnlyList<string> sentences, int? firstYear = null, int? lastYear = null, IReadOnlySet<int>? asides = null)
    {
        bool Inside(int year) => (firstYear is null || year >= firstYear) && (lastYear is null || year <= lastYear);
        var written = sentences.Select(s => finder.Find(s)).ToList();
        var plain = written.Select(phrases => phrases.Where(p => !p.Attributive).ToList()).ToList();
        var years = plain.SelectMany(p => p).Select(p => p.Start.Year).ToHashSet();
        var previous = Nearest(plain, Inside, forward: true);
        var previousAtAll = Nearest(plain, _ => true, forward: true);
        var next = Nearest(plain, Inside, forward: false);

        var found = new List<SentenceDate>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var candidate = Choose(i, written[i], plain, previous[i], next[i], previousAtAll[i], Inside, firstYear);
            if (candidate?.Following is not null && asides?.Contains(next[i]) == true) candidate = candidate with { Following = null };
            var phrases = candidate is null ? written[i] : finder.Find(sentences[i], candidate.Year);
            foreach (var phrase in phrases)
            {
                if (!phrase.YearInferred)
                {
                    found.Add(new SentenceDate(phrase, i, YearSource.Written, !Inside(phrase.Start.Year)));
                    continue;
                }
                var dated = candidate!.Following is { } following && phrase.Start.First > following.Last ? YearBefore(phrase) : phrase;
                var source = dated != phrase && years.Contains(dated.Start.Year) ? YearSource.PassageWritten : candidate.Source;
                found.Add(new SentenceDate(dated, i, source, !Inside(dated.Start.Year)));
            }
        }
        return found;
    }

    private static Candidate? Choose(int i, IReadOnlyList<DatePhrase> own, List<List<DatePhrase>> plain, int previous, int next, int previousAtAll,
        Func<int, bool> inside, int? firstYear)
    {
        if (plain[i].Count > 0 && (plain[i].FirstOrDefault(p => inside(p.Start.Year)) ?? plain[i][0]) is { } mine)
            return new Candidate(mine.Start.Year, YearSource.Sentence);
        // The time the sentence before leaves the story at (see Latest).
        PartialDate? before = previous >= 0 ? Latest(plain[previous], inside).Start : null;
        // A month or day written before and a sentence after in the same year place the date in it, whatever order the text tells things in.
        if (before is { Month: not null } month && next >= 0 && month.Year == plain[next][0].Start.Year)
            return new Candidate(month.Year, YearSource.Passage);
        // A year alone before says nothing of the order within it; a month or day after does.
        var yearOnlyBeforeMonthAfter = before is { Month: null } && next >= 0 && plain[next][0].Start.Month is not null;
        if (before is { } told && (next < 0 || i - previous <= next - i) && !yearOnlyBeforeMonthAfter)
            return new Candidate(told.Year, YearSource.Passage);
        if (next >= 0)
            return new Candidate(plain[next][0].Start.Year, YearSource.Passage, plain[next][0].Start);
        if (own.FirstOrDefault(p => p.Attributive && inside(p.Start.Year)) is { } qualifier)
            return new Candidate(qualifier.Start.Year, YearSource.Sentence);
        // With no year inside the episode's written around it, a month or day the passage last wrote ("On 31 July 1940 …" before
        // "an agreement on 12 September") tells the text's own year, rather than the episode's first; a year alone ("In 1939 the
        // first war ended") is background.
        if (previousAtAll >= 0 && plain[previousAtAll][^1].Start is { Month: not null } last) return new Candidate(last.Year, YearSource.PassageWritten);
        return firstYear is { } year ? new Candidate(year, YearSource.Episode) : null;
    }

    // The time a sentence leaves the story at: its latest date within the episode's years, not its last written ("In January
    // 1942, the front attempted to retake the town, which had been lost in late 1941." leaves it in 1942).
    private static DatePhrase Latest(List<DatePhrase> phrases, Func<int, bool> inside) =>
        phrases.Where(p => inside(p.Start.Year)).MaxBy(p => p.Start) ?? phrases[^1];

    /// <summary>For each sentence, the nearest other sentence (before it, or after it) whose written year is inside the episode's years, or -1.</summary>
    private static int[] Nearest(List<List<DatePhrase>> plain, Func<int, bool> inside, bool forward)
    {
        var nearest = new int[plain.Count];
        var last = -1;
        for (var k = 0; k < plain.Count; k++)
        {
            var i = forward ? k : plain.Count - 1 - k;
            nearest[i] = last;
            var phrases = plain[i];
            if (phrases.Count > 0 && inside((forward ? phrases[^1] : phrases[0]).Start.Year))
                last = i;
        }
        return nearest;
    }

    // 29 February has no day the year before: keep the year rather than invent a date.
    private static DatePhrase YearBefore(DatePhrase phrase)
    {
        if (!ExistsYearBefore(phrase.Start) || (phrase.End is { } end && !ExistsYearBefore(end)))
            return phrase;
        return phrase with { Start = Earlier(phrase.Start), End = phrase.End is { } e ? Earlier(e) : null };
    }

    private static bool ExistsYearBefore(PartialDate date) =>
        date.Day is not { } day || day <= DateTime.DaysInMonth(date.Year - 1, date.Month!.Value);

    private static PartialDate Earlier(PartialDate date) => new(date.Year - 1, date.Month, date.Day);
}
