using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Dates;

/// <summary>A dated sentence: the raw material of an episode's timeline.</summary>
public sealed record EventDraft(PartialDate Date, string Text, PassageDraft Passage)
{
    /// <summary>Dated by a range over every year of an episode of several ("from December 1979 to February 1989"): the
    /// episode told whole, not an event of it.</summary>
    public bool SpansEpisode { get; init; }
}

/// <summary>
/// Finds an episode's dated events: one event for every sentence of its passages with a date, known to the year, the
/// month or the day, its year worked out by <see cref="PassageDates"/> within the episode's years over each run of
/// adjacent passages of one document. A sentence naming several dates ("from 1979 to 1989", "on 30 November ... on
/// 13 March") is one event on its main date: the first date that dates the sentence itself and lies within or near the
/// episode's years, in its main clause before an opening one ("When …, …"); a year that qualifies a noun ("the 1939 pact")
/// dates it only when nothing else does. A sentence dated by a range over the episode's years tells the episode whole and is
/// an event only where no other tells its first year. A date outside
/// those years by more than the episode's own span (counted in whole years) is background: a sentence dated only so, or
/// whose first own date is so, is dropped; so is one dated after the episode's last year (the aftermath is another story),
/// one dated by a range that runs past that year ("from 1940 to 1991"), and one about another episode (<see cref="OtherEpisodes"/>).
/// A date that names another thing's time is no sentence's date (<see cref="OtherTimes"/>). A sentence that opens by pointing
/// back ("Moreover, the commission …", "This agreement …") is told after the sentence it points to, or is no event.
/// </summary>
internal sealed class EpisodeEvents(DateFinder dates, OtherEpisodes? others = null, PhraseList? thingWords = null, Claims.ClaimRules? clauses = null)
{
    private readonly OtherTimes otherTimes = new(thingWords, clauses?.RecallWords);
    private const int MaxTextLength = 400;
    private readonly PassageDates passageDates = new(dates);

    /// <summary>The episode's events; <paramref name="keepNeighbourYears"/> keeps a day whose neighbour's year puts it
    /// before the episode (for the builder, which widens a new episode's start to such a date), else it is kept within the years.</summary>
    public List<EventDraft> Find(BuiltEpisode episode)
    {
        var found = Find(episode.Passages, episode.StartYear, episode.EndYear).Where(e => others?.Tell(episode, e) != true)
            .Select(e => SelfStanding(e, episode.Passages)).OfType<EventDraft>().ToList();
        // An episode told only inside another's paragraph ("… On 30 March, the Red Army entered Austria and captured Vienna on
        // 13 April.") has the dates of the sentences that tell it, and none of the paragraph's others.
        if (episode.Passages.Count == 0)
            found = [.. Find(episode.SharedPassages, episode.StartYear, episode.EndYear)
                .Where(e => episode.Claims.Any(c => c.Passage == e.Passage && c.Sentence.StartsWith(TextCut.Uncut(e.Text), StringComparison.Ordinal)))];
        // The timeline tells the episode by its events; a sentence telling it whole stands only where no event of its first year does.
        return [.. found.Where(e => !e.SpansEpisode || !found.Any(o => !o.SpansEpisode && o.Date.Year == e.Date.Year))];
    }

    // "Moreover, the commission ran the vote": a sentence that points back is shown after the sentence it points to (the last of
    // the paragraph before, for a paragraph's first), when that one stands by itself and is short; else it is no event on a
    // timeline, where the sentence before it is not shown.
    private static EventDraft? SelfStanding(EventDraft e, IReadOnlyList<PassageDraft> passages)
    {
        if (!ReferBack.Opens(e.Text)) return e;
        var sentences = ProseText.SplitSentences(e.Passage.Text).ToList();
        var cut = TextCut.Uncut(e.Text);
        var at = sentences.FindIndex(s => s.StartsWith(cut, StringComparison.Ordinal));
        var before = at > 0 ? sentences[at - 1]
            : at == 0 && passages.FirstOrDefault(p => p.Document == e.Passage.Document && p.Position == e.Passage.Position - 1) is { IsHeading: false } previous
                ? ProseText.SplitSentences(previous.Text).LastOrDefault() : null;
        if (before is null || ReferBack.Opens(before) || before.Length > MaxTextLength / 2) return null;
        return e with { Text = TextCut.AtWord($"{before} {sentences[at]}", MaxTextLength) };
    }

    /// <inheritdoc cref="Find(BuiltEpisode)"/>
    public List<EventDraft> Find(IReadOnlyList<PassageDraft> passages, int startYear, int endYear, bool keepNeighbourYears = false)
    {
        var episode = new Years(startYear, endYear);
        var slack = endYear - startYear + 1;
        var events = new List<EventDraft>();
        foreach (var run in Runs(passages))
        {
            var sentences = run.SelectMany(p => ProseText.SplitSentences(p.Text).Select(s => (Passage: p, Text: s))).ToList();
            var asides = sentences.Select((s, i) => (s.Passage, i)).Where(x => x.Passage.Block.Kind == PassageKind.Caption).Select(x => x.i).ToHashSet();
            var found = passageDates.Find([.. sentences.Select(s => s.Text)], startYear, endYear, asides);
            foreach (var sentence in found.GroupBy(f => f.Sentence))
            {
                var (passage, text) = sentences[sentence.Key];
                // "Why did the Soviet leadership change its mind on 31 October?": a question asks about an event, it tells none.
                if (text.TrimEnd(' ', '"', '”', '\'', '’', ')').EndsWith('?') && !Claims.LabelledRows.IsRow(text)) continue;
                var usable = sentence.Where(d => !otherTimes.Named(text, d.Phrase)).ToList();
                if (MainDate(usable, OpeningClauseEnd(text), AttributiveDatesUntil(text), episode, slack, keepNeighbourYears) is not { } main) continue;
                // "In May, he announced that the congress would meet on 9 September", with no year written around it: the episode's
                // first year is a guess a day may take, a month named alone too loose to; and the sentence is not of its later day.
                if (main is { Source: YearSource.Episode, Date.Day: null }) continue;
                // "Trotter (1991) stops in 1940 too": a sentence opening on a cited work, dated only by a year, tells what the work says.
                if (main.Date.Precision == DatePrecision.Year && dates.OpensWithCitation(text)) continue;
                events.Add(new EventDraft(main.Date, Shown(text, main.Phrase), passage)
                {
                    SpansEpisode = SpansYears(main.Phrase, startYear, endYear),
                });
            }
        }
        return events.DistinctBy(e => (e.Date, e.Text)).OrderBy(e => e.Date).ThenBy(e => e.Text, StringComparer.Ordinal).ToList();
    }

    // A sentence too long to show whole shows the clause its date is in when the cut would leave the date out ("Although …
    // Hiroshima, on 6 August, … earlier; on 3 August, Vasilevsky reported …" is the event of 3 August).
    private static string Shown(string text, DatePhrase date)
    {
        if (text.Length <= MaxTextLength || date.Index + date.Length < MaxTextLength - 1) return TextCut.AtWord(text, MaxTextLength);
        var clause = text.LastIndexOf("; ", date.Index, StringComparison.Ordinal);
        return TextCut.AtWord(clause < 0 ? text : TextCut.FromMidSentence(text[(clause + 2)..]), MaxTextLength);
    }

    /// <summary>The date a sentence is about, or null when it is dated only away from the episode.</summary>
    private static SentenceDate? MainDate(IEnumerable<SentenceDate> dates, int openingClauseEnd, int attributiveUntil, Years episode, int slack, bool keepNeighbourYears)
    {
        var inOrder = dates.Select(d => keepNeighbourYears ? d : WithinYears(d, episode)).OfType<SentenceDate>().OrderBy(d => d.Phrase.Index).ToList();
        bool Near(SentenceDate d) => !d.OutsideYears || episode.Overlaps(d.Date.Year, d.Date.Year, slack);
        // "When Hungarians rose in October 1956, the Soviet army went into Budapest on 24 October": the main clause's date is the
        // sentence's, the opening clause's only when the main clause has none.
        var own = inOrder.Where(d => !d.Phrase.Attributive).OrderBy(d => d.Phrase.Index < openingClauseEnd).ToList();
        // A sentence whose own time comes first and lies after the episode is commentary or aftermath ("In 1991 ... recognised
        // that the events of 1940 ..."): none of its later dates is the episode's. A year that qualifies a noun ("the 1939 pact")
        // dates a sentence only when nothing else does, only within the episode's years, and only in the sentence's opening words
        // ("In the 1945 election …", "The 1921 conquest of Georgia was …") or in one the Soviet side opens ("Soviet tanks crushed the
        // 1956 uprising"): elsewhere it names a thing the sentence speaks of ("Suvorov's book is an eyewitness description of the 1968
        // invasion", "as Kotkin argues, Stalin read the 1927 disaster …").
        var main = own.Count == 0 ? inOrder.FirstOrDefault(d => !d.OutsideYears && d.Phrase.Index < attributiveUntil)
            : own[0].Date.Year > episode.EndYear ? null
            : own.FirstOrDefault(d => !d.OutsideYears) ?? (Near(own[0]) ? own[0] : null);
        if (main is null || main.Date.Year > episode.EndYear) return null;
        // A range that runs on well past the episode ("throughout the period from 1940 to 1991") tells a longer story.
        return main.Phrase.End is { } end && end.Year > episode.EndYear + 1 ? null : main;
    }

    // "1939–40", "from December 1979 to February 1989" over an episode's years; "in December 1939 and January 1940", a winter's
    // fighting, is an event of the two years it crosses.
    private static bool SpansYears(DatePhrase phrase, int startYear, int endYear) =>
        phrase.End is { } end && end.Year > phrase.Start.Year && phrase.Start.Year <= startYear && end.Year >= endYear
        && (phrase.Start.Precision == DatePrecision.Year || end.Year - phrase.Start.Year >= 2);

    private int OpeningClauseEnd(string sentence) => clauses?.OpeningClauseEnd(sentence) ?? -1;

    // Where a sentence's opening words end: the first four ("In the 1945 Hungarian", "After Piłsudski's spring 1920"), enough for
    // a preposition, an article or possessive and a season before the year of the subject or time phrase.
    private const int OpeningWords = 4;

    // Where a year qualifying a noun may date its sentence: anywhere in one whose opening words are the Soviet side's, else in them.
    private int AttributiveDatesUntil(string sentence)
    {
        var opening = OpeningEnd(sentence);
        return clauses?.Agents.Find(sentence).FirstOrDefault()?.Index < opening ? sentence.Length : opening;
    }

    private static int OpeningEnd(string sentence)
    {
        var words = 0;
        for (var i = 0; i < sentence.Length; i++)
            if (char.IsWhiteSpace(sentence[i]) && i > 0 && !char.IsWhiteSpace(sentence[i - 1]) && ++words == OpeningWords) return i;
        return sentence.Length;
    }

    /// <summary>
    /// A year taken from a neighbouring sentence never puts a date outside the episode's years: the year before a
    /// later sentence's year (<see cref="PassageDates"/>) that would leave them falls back to that sentence's own year;
    /// any other such date is dropped. One the passage itself writes elsewhere (<see cref="YearSource.PassageWritten"/>) is
    /// the text's, and is kept as a date outside the years, as a written one is.
    /// </summary>
    private static SentenceDate? WithinYears(SentenceDate date, Years episode)
    {
        if (date.Source is YearSource.Written or YearSource.PassageWritten || !date.OutsideYears) return date;
        var next = date.Date.Year + 1;
        if (date.Source != YearSource.Passage || next < episode.StartYear || next > episode.EndYear) return null;
        var phrase = date.Phrase with { Start = Later(date.Phrase.Start), End = date.Phrase.End is { } end ? Later(end) : null };
        return date with { Phrase = phrase, OutsideYears = false };
    }

    // 29 February that has no day in the next year keeps only its month.
    private static PartialDate Later(PartialDate date) =>
        date.Day is { } day && day > DateTime.DaysInMonth(date.Year + 1, date.Month!.Value) ? new(date.Year + 1, date.Month) : new(date.Year + 1, date.Month, date.Day);

    // Adjacent passages of one document read as one run, so a yearless date takes its year from the nearest dated sentence across them.
    private static List<List<PassageDraft>> Runs(IReadOnlyList<PassageDraft> passages)
    {
        var runs = new List<List<PassageDraft>>();
        foreach (var document in passages.Where(p => !p.IsHeading).GroupBy(p => p.Document))
            foreach (var passage in document.OrderBy(p => p.Position))
            {
                if (runs.Count == 0 || runs[^1][^1].Document != passage.Document || passage.Position - runs[^1][^1].Position > 1) runs.Add([]);
                runs[^1].Add(passage);
            }
        return runs;
    }

    /// <summary>The episode's years, for the checks above.</summary>
    private readonly record struct Years(int StartYear, int EndYear)
    {
        public bool Overlaps(int from, int to, int slack = 0) => from <= EndYear + slack && to >= StartYear - slack;
    }
}
