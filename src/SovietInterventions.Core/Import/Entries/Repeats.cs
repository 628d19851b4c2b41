using System.Globalization;
using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>A passage's text as the narrative shows it, or the index of the earlier passage it only restates (its text is not shown).</summary>
public sealed record ShownPassage(string Text, int? Restates);

/// <summary>An event as the timeline shows it: its date, its text, and every passage that tells it, the first the one whose text is shown.</summary>
public sealed record TimelineEvent<TSource>(PartialDate Date, string Text, IReadOnlyList<TSource> Sources)
{
    internal string Iso { get; } = Date.ToIso();

    // The months and days its text writes, read once: the fold asks for them of every pair.
    private IReadOnlySet<string>? written;
    internal bool Writes(string isoDate) => isoDate.Length > 4 && (written ??= EventDates.WrittenDates(Text)).Contains(isoDate);
}

/// <summary>
/// Shows a thing said twice once: passages sharing most of their word trigrams and the same names, and events of the same date about the
/// same subject, are folded into the first, which then cites every source that has them. Two sentences in which the Soviet
/// side acts on the same day of one episode are about the same subject ("the Red Army invaded Poland on 17 September",
/// "Stalin ordered the invasion on September 17"); on the same month, when they also use the same act word; a night of
/// two days ("20–21 August") is either day. Events dated only to the same year by one passage are one; an act dated only
/// to a year (or a month, told with the same act word, or with any word of invasion, a single blow) is that act dated more precisely within it, which then stands for both; a sentence
/// that writes another event's date as well as its own tells that event too when they share the subject's words, and so does one
/// dated only to the year or month of the other's date.
/// An event folded from several tellings is compared through each of them, so the outcome does not hang on which telling
/// came first, but never holds two days that no telling joins. The import folds (<see cref="EpisodeFactsReader"/>, <see cref="Narrative"/>); the site shows the rows.
/// </summary>
public static partial class Repeats
{
    /// <summary>Events of the same date sharing this share of their longer words are about the same subject.</summary>
    public const double SameSubject = 0.5;

    /// <summary>An event dated within another's date (its year or month) having this share of its words in the other, dates left out, is the same.</summary>
    public const double SameSubjectWithinDate = 0.6;

    public static List<NarrativePassage> Fold(IEnumerable<NarrativePassage> passages)
    {
        var kept = new List<(NarrativePassage Passage, IReadOnlySet<string> Trigrams)>();
        foreach (var passage in passages)
        {
            var trigrams = WordTrigrams.Of(passage.Text);
            var same = kept.FindIndex(k => WordTrigrams.Shared(k.Trigrams, trigrams) >= WordTrigrams.RepeatShare && NamesTheSame(k.Passage.Text, passage.Text));
            if (same < 0) kept.Add((passage, trigrams));
            else kept[same] = (kept[same].Passage with { AlsoIn = [.. kept[same].Passage.AlsoIn, passage] }, kept[same].Trigrams);
        }
        return [.. kept.Select(k => k.Passage)];
    }

    // "This was known as the Berlin Blockade." and "This was known as the Berlin Airlift." share most of their trigrams but name
    // two things: the shorter text's names and numbers must all be in the longer for the two to say one thing.
    private static bool NamesTheSame(string a, string b)
    {
        var (x, y) = (SentenceWords.Of(a), SentenceWords.Of(b));
        var (shorter, longer) = x.Count <= y.Count ? (x, y) : (y, x);
        return shorter.Names.IsSubsetOf(longer.All) && shorter.Numbers.IsSubsetOf(longer.All);
    }

    /// <summary>A sentence having this share of its longer words in a sentence shown before it, and <see cref="RestatedTrigrams"/> of its
    /// word trigrams, restates it.</summary>
    public const double RestatedWords = 0.7;
    public const double RestatedTrigrams = 0.25;
    // Shorter sentences ("Hostilities ceased.") say too little to be told apart from another.
    private const int MinRestatedWords = 6;

    /// <summary>
    /// "Thousands were killed or wounded, and nearly a quarter of a million Hungarians fled the country." and, from another source,
    /// "Thousands were killed and injured, and nearly a quarter-million Hungarians fled its shores.": each passage as the page shows
    /// it, in the order shown. A run of sentences that restates sentences of earlier passages is replaced by "[…]" (the source page
    /// keeps the whole passage); a passage all of whose sentences restate one earlier passage is no text of its own but another
    /// telling of it (<see cref="ShownPassage.Restates"/>). A sentence restates another when most of its words and some of its
    /// word trigrams are in it, and all of its numbers and names, with the same negations: "6,000 tanks" after "1,000 tanks",
    /// "24 November" after "4 November", "did not invade" after "invaded", or Hungary after Czechoslovakia say something new. So
    /// does a sentence that says more than the earlier one ("… invaded Poland from the east, sixteen days after Germany invaded
    /// Poland from the west" after "Germany invaded Poland from the west"): the shares are of the later sentence's words.
    /// </summary>
    /// <param name="events">Events the timeline folded from tellings in several of these passages: each one's ISO date and the
    /// indexes of the passages that tell it. A later passage's sentence telling such an event on its day ("the Red Army invaded
    /// Finland on 30 November 1939" after "On 30 November 1939, the Soviet Union invaded Finland") restates the first telling too,
    /// in other words, when it adds no number and at most one name of its own (<see cref="EventTellings"/>); it points at the passage
    /// the first telling is shown in.</param>
    public static List<ShownPassage> WithoutRestatedSentences(IReadOnlyList<string> passages, IReadOnlyList<(string Date, IReadOnlyList<int> Passages)>? events = null)
    {
        var split = passages.Select(ProseText.SplitSentences).ToList();
        var retold = EventTellings(split, events ?? []);
        var shown = new List<(SentenceWords Words, int Passage)>();
        // The passage each sentence read so far is shown in: its own, or the one it restates.
        var shownIn = new Dictionary<(int Passage, int Sentence), int>();
        var result = new List<ShownPassage>();
        foreach (var (passage, index) in passages.Select((p, i) => (p, i)))
        {
            var sentences = split[index];
            var read = sentences.Select(SentenceWords.Of).ToList();
            var restated = read.Select((r, k) => r.Count < MinRestatedWords ? (int?)null
                : shown.Where(e => r.Restates(e.Words)).Select(e => (int?)e.Passage).FirstOrDefault()
                  ?? (retold.TryGetValue((index, k), out var first) ? shownIn[first] : null)).ToList();
            // "… a novel by Kundera. It follows …": a restatement the next sentence points back at stays, or "It" would name nothing.
            for (var i = sentences.Count - 2; i >= 0; i--)
                if (restated[i] is not null && restated[i + 1] is null && ReferBack.Opens(sentences[i + 1])) restated[i] = null;
            // A later telling of a sentence left out restates what is shown: the passage the left-out one pointed at.
            shown.AddRange(read.Select((r, i) => (r, restated[i] ?? result.Count)));
            for (var i = 0; i < sentences.Count; i++) shownIn[(index, i)] = restated[i] ?? result.Count;
            if (restated.All(r => r is null)) result.Add(new ShownPassage(passage, null));
            else if (restated.All(r => r is not null) && restated.Distinct().Count() == 1) result.Add(new ShownPassage(passage, restated[0]));
            else
            {
                var parts = new List<string>();
                for (var i = 0; i < sentences.Count; i++)
                    if (restated[i] is null) parts.Add(sentences[i]);
                    else if (i == 0 || restated[i - 1] is null) parts.Add(Omitted);
                result.Add(new ShownPassage(string.Join(' ', parts), null));
            }
        }
        return result;
    }

    /// <summary>
    /// The sentences that tell a folded event again, by passage and sentence index, each with its first telling's. An event's
    /// telling in a passage is its one sentence that writes the event's day (its year may be left to the paragraph), or that day's
    /// month and year; a passage with two such sentences tells too much on that date to say which. A later telling restates the
    /// first when it adds no number and at most one name (the Soviet side's and the months' aside), has the same negations, and
    /// shares most of its words (dates left out) or has the Soviet side act in both (<see cref="SameAct"/>).
    /// </summary>
    private static Dictionary<(int Passage, int Sentence), (int Passage, int Sentence)> EventTellings(
        List<IReadOnlyList<string>> passages, IReadOnlyList<(string Date, IReadOnlyList<int> Passages)> events)
    {
        var retold = new Dictionary<(int, int), (int, int)>();
        // One finder for the whole page: it reads each sentence once for each year asked.
        var finder = new DateFinder();
        foreach (var (date, tellers) in events.Where(e => e.Date.Length == 10))
        {
            var order = tellers.Distinct().Where(i => i >= 0 && i < passages.Count).Order().ToList();
            if (order.Count < 2 || Telling(finder, passages[order[0]], date) is not { } firstAt) continue;
            var first = passages[order[0]][firstAt];
            foreach (var i in order.Skip(1))
                if (Telling(finder, passages[i], date) is { } at && TellsAgain(finder, passages[i][at], first, date)) retold.TryAdd((i, at), (order[0], firstAt));
        }
        return retold;
    }

    private static int? Telling(DateFinder finder, IReadOnlyList<string> sentences, string isoDay)
    {
        var found = sentences.Select((s, i) => (Index: i, Dates: Dates(finder, s, isoDay))).Where(x => x.Dates.Any(d =>
            d.Start.ToIso() is var iso && (iso == isoDay || !d.YearInferred && iso == isoDay[..7]))).ToList();
        return found.Count == 1 ? found[0].Index : null;
    }

    private static IReadOnlyList<DatePhrase> Dates(DateFinder finder, string sentence, string isoDay) =>
        finder.Find(sentence, int.Parse(isoDay[..4], CultureInfo.InvariantCulture));

    // "The Finnish government refused, and the Red Army invaded Finland on 30 November 1939" tells the invasion again; "Stalin ordered
    // the invasion on September 17, one day after a ceasefire at the Khalkhin Gol came into effect" tells more.
    private const int NewNames = 1;

    private static bool TellsAgain(DateFinder finder, string later, string first, string isoDay)
    {
        var (a, b) = (SentenceWords.Of(later), SentenceWords.Of(first));
        // The event's own day and year may be written by one telling only.
        string[] date = [isoDay[..4], int.Parse(isoDay[8..], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)];
        // Names that say who the Soviet side was ("the Red Army", "the Soviet Union") or when tell nothing new.
        var named = a.Names.Except(SovietActs.AgentWords(later)).Where(n => DateWords.Month(n) is null);
        return a.Count >= MinRestatedWords && a.Numbers.Except(date).All(b.All.Contains) && named.Count(n => !b.All.Contains(n)) <= NewNames
            && a.Negations.SetEquals(b.Negations)
            && (WordTrigrams.SharedWords(Undated(later), Undated(first)) >= SameSubject || SameAct(finder, later, first, isoDay));
    }

    // The Soviet side acts in both: with acts of one kind ("the Red Army attacked", "the Soviet Union invaded"), or on the day itself
    // with a verb the claim rules do not know in one of them ("repressed", "quelled"); "invaded" and "installed a new government" on
    // one day are two acts.
    private static bool SameAct(DateFinder finder, string later, string first, string isoDay)
    {
        if (!SovietActs.Involve(later) || !SovietActs.Involve(first)) return false;
        var (a, b) = (SovietActs.Kinds(later), SovietActs.Kinds(first));
        return a.Overlaps(b) || (a.Count == 0 || b.Count == 0) && OnTheDay(finder, later, isoDay) && OnTheDay(finder, first, isoDay);
    }

    private static bool OnTheDay(DateFinder finder, string sentence, string isoDay) => Dates(finder, sentence, isoDay).Any(d => d.Start.ToIso() == isoDay);

    // A sentence's words as a restatement is told: its longer words and trigrams, every word, its names, numbers and negations.
    private sealed record SentenceWords(IReadOnlySet<string> Long, IReadOnlySet<string> Trigrams, IReadOnlySet<string> All,
        IReadOnlySet<string> Names, IReadOnlySet<string> Numbers, IReadOnlySet<string> Negations, int Count)
    {
        private static readonly HashSet<string> NegationWords = ["not", "no", "never", "nor", "neither", "without", "nt"];

        public static SentenceWords Of(string sentence)
        {
            var words = WordTrigrams.Words(sentence.Replace("n't", " nt", StringComparison.Ordinal));
            // A name is a word in capitals after the first ("… fled to Austria"), read as its first part ("Kundera's").
            var names = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Where(w => w.Length > 1 && char.IsUpper(w[0]))
                .Select(w => WordTrigrams.Words(w).FirstOrDefault()).OfType<string>().ToHashSet();
            return new(WordTrigrams.LongWords(sentence), WordTrigrams.Of(sentence), words.ToHashSet(), names,
                words.Where(w => w.Any(char.IsDigit)).ToHashSet(), words.Where(NegationWords.Contains).ToHashSet(), words.Count);
        }

        public bool Restates(SentenceWords earlier) =>
            Within(Long, earlier.Long) >= RestatedWords && Within(Trigrams, earlier.Trigrams) >= RestatedTrigrams
            && Names.IsSubsetOf(earlier.All) && Numbers.IsSubsetOf(earlier.All) && Negations.SetEquals(earlier.Negations);
    }

    /// <summary>What stands for sentences left out of a passage as it is shown.</summary>
    public const string Omitted = "[…]";

    // The share of the later text's items the earlier one has.
    private static double Within(IReadOnlySet<string> later, IReadOnlySet<string> earlier) =>
        later.Count == 0 ? 0 : later.Count(earlier.Contains) / (double)later.Count;

    public static List<TimelineEvent<TSource>> Fold<TSource>(IEnumerable<TimelineEvent<TSource>> events) =>
        Fold(events, SovietActs.Involve, SovietActs.Words, SovietActs.Kinds);

    public static List<TimelineEvent<TSource>> Fold<TSource>(
        IEnumerable<TimelineEvent<TSource>> events, Func<string, bool> involvesSovietSide, Func<string, IReadOnlySet<string>>? actWords = null,
        Func<string, IReadOnlySet<string>>? actKinds = null)
    {
        var all = events.ToList();
        // A year's telling is the act of its kind on a precise date within it only when one date there has such an act: a year of
        // war holds many attacks, and "1941: submarines attacked" is not the air strike of 22 June 1941 when another attack is told.
        if (actKinds is { } read)
        {
            var kinds = all.Select(e => e.Text).Distinct().ToDictionary(t => t, read);
            actKinds = t => kinds.TryGetValue(t, out var k) ? k : read(t);
        }
        var ofMany = new Dictionary<TimelineEvent<TSource>, bool>(ReferenceEqualityComparer.Instance);
        bool Ambiguous(TimelineEvent<TSource> a, TimelineEvent<TSource> b)
        {
            if (actKinds is null || !DatedWithin(a, b)) return false;
            var coarse = a.Iso.Length < b.Iso.Length ? a : b;
            if (!ofMany.TryGetValue(coarse, out var many)) ofMany[coarse] = many = OneOfMany(coarse, actKinds, all);
            return many;
        }
        var kept = new List<(TimelineEvent<TSource> Event, List<TimelineEvent<TSource>> Tellings)>();
        foreach (var line in all)
        {
            // A telling in the same words is the line's first match: "the 1968 invasion" must not take the Prague Spring's
            // 5 January away from the year's sentence that tells the Prague Spring too.
            var same = kept.FindIndex(k => k.Tellings.Any(t => SameWords(t, line) && (!Ambiguous(t, line) || InTheSameWords(t, line))) && !OtherDate(k.Tellings, line));
            if (same < 0) same = kept.FindIndex(k => k.Tellings.Any(t => Same(t, line, involvesSovietSide, actWords, actKinds) && !Ambiguous(t, line)) && !OtherDate(k.Tellings, line));
            if (same < 0) kept.Add((line, [line]));
            else
            {
                // The more precise telling stands for both ("25 August 1941" over "1941").
                var shown = kept[same].Event;
                var (keep, other) = shown.Iso.Length >= line.Iso.Length ? (shown, line) : (line, shown);
                var sources = keep.Sources.ToList();
                sources.AddRange(other.Sources.Where(s => !sources.Contains(s)));
                kept[same] = (keep with { Sources = sources }, [.. kept[same].Tellings, line]);
            }
        }
        return [.. kept.Select(k => Shown(k.Event, k.Tellings))];
    }

    // Tellings of several dates folded into one event: of those dated most precisely, the one that writes most of the dates
    // told stands for all ("occupied in June 1940 and annexed in August 1940" over "occupied in June 1940", when a telling
    // of the August annexation was folded in), the first on a tie.
    private static TimelineEvent<TSource> Shown<TSource>(TimelineEvent<TSource> folded, List<TimelineEvent<TSource>> tellings)
    {
        var dates = tellings.Select(t => t.Iso).Distinct().ToList();
        if (dates.Count < 2) return folded;
        var best = tellings.Where(t => t.Iso.Length == folded.Iso.Length)
            .Select(t => (Telling: t, Writes: dates.Count(d => d == t.Iso || t.Writes(d))))
            .Aggregate((a, b) => b.Writes > a.Writes ? b : a);
        if (best.Writes <= dates.Count(d => d == folded.Iso || folded.Writes(d))) return folded;
        var sources = best.Telling.Sources.ToList();
        sources.AddRange(folded.Sources.Where(s => !sources.Contains(s)));
        return best.Telling with { Sources = sources };
    }

    // The same subject in the same words: on one date, through a date one writes, or dated within the other's date.
    private static bool SameWords<TSource>(TimelineEvent<TSource> k, TimelineEvent<TSource> line) =>
        SameDate(k, line) && (WordTrigrams.AreRepeats(k.Text, line.Text) || WordTrigrams.SharedWords(k.Text, line.Text) >= SameSubject)
        || TellsTheOther(k, line) && WordTrigrams.SharedWords(k.Text, line.Text) >= SameSubject
        || DatedWithin(k, line) && WordTrigrams.SharedWords(Undated(k.Text), Undated(line.Text)) >= SameSubjectWithinDate;

    private static bool Same<TSource>(TimelineEvent<TSource> k, TimelineEvent<TSource> line, Func<string, bool> involvesSovietSide,
        Func<string, IReadOnlySet<string>>? actWords, Func<string, IReadOnlySet<string>>? actKinds) =>
        SameWords(k, line)
        || SameDate(k, line)
            && (OnADay(line.Iso) && involvesSovietSide(k.Text) && involvesSovietSide(line.Text)
                || OnAMonth(line.Iso) && actWords is not null && involvesSovietSide(k.Text) && involvesSovietSide(line.Text)
                   && actWords(k.Text).Overlaps(actWords(line.Text))
                || OnAYear(line.Iso) && k.Sources.Count > 0 && line.Sources.Count > 0 && EqualityComparer<TSource>.Default.Equals(k.Sources[0], line.Sources[0]))
        || actKinds is not null && TheDateOf(k, line, involvesSovietSide, actWords, actKinds);

    /// <summary>A year's telling sharing this share of its longer words (dates left out) with a day's tells that day's act, however many acts of its kind the year holds.</summary>
    public const double ClearlySameSubject = 0.8;

    private static bool InTheSameWords<TSource>(TimelineEvent<TSource> a, TimelineEvent<TSource> b) =>
        WordTrigrams.SharedWords(Undated(a.Text), Undated(b.Text)) >= ClearlySameSubject;

    // A telling dated only to a year that holds acts of its kind on more than one date, a month and a day in it counting once (a
    // month rarely holds two: "occupied … in June 1940" and "On 15 and 16 June, the Soviet Union occupied the Baltic states" are one).
    private static bool OneOfMany<TSource>(TimelineEvent<TSource> coarse, Func<string, IReadOnlySet<string>> actKinds, List<TimelineEvent<TSource>> all)
    {
        if (!OnAYear(coarse.Iso)) return false;
        var kinds = actKinds(coarse.Text);
        var dates = all.Where(e => EventDates.Holds(coarse.Iso, e.Iso) && actKinds(e.Text).Overlaps(kinds)).Select(e => e.Iso).Distinct().ToList();
        return dates.Count(d => !dates.Any(other => EventDates.Holds(d, other))) > 1;
    }

    // "1968: A period of political liberalization … called the Prague Spring" and "5 January 1968: The Prague Spring was a period of
    // political liberalization …": the same subject dated only to the year (or month) of the other's day.
    private static bool DatedWithin<TSource>(TimelineEvent<TSource> a, TimelineEvent<TSource> b) =>
        EventDates.Holds(a.Iso, b.Iso) || EventDates.Holds(b.Iso, a.Iso);

    // A telling's words without its date's: two tellings of one month share "March" and "1950" whatever they tell.
    private static string Undated(string text) =>
        string.Join(' ', WordTrigrams.Words(text).Where(w => !w.All(char.IsDigit) && DateWords.Month(w) is null));

    // Tellings joined through one dated only to a year ("1939: … invaded Poland") are not one event when they give two other dates
    // in it: "17 September 1939 … invaded" is not the "25 August 1939" defence pact, nor the June proclamation the May landing,
    // unless one date holds the other ("June 1940", "16 June 1940") or a telling writes the other's date.
    private static bool OtherDate<TSource>(List<TimelineEvent<TSource>> tellings, TimelineEvent<TSource> line) =>
        !OnAYear(line.Iso) && tellings.Any(t => !OnAYear(t.Iso) && !SameDate(t, line) && !DatedWithin(t, line) && !TellsTheOther(t, line));

    // "1941: … invaded Iran jointly in 1941" and "25 August 1941: The invasion lasted …": an act dated only to a year that names no
    // other year is the act of the same kind the Soviet side did on a more precise date of that year. "August 1945: … the Soviet
    // invasion of Manchuria" and "9 August 1945: … invaded": an act the Soviet side does dated only to a month is its act on a day
    // of it told with the same act word or its noun; a month holds many acts of one kind ("supplied", "deployed").
    private static bool TheDateOf<TSource>(TimelineEvent<TSource> a, TimelineEvent<TSource> b, Func<string, bool> involvesSovietSide,
        Func<string, IReadOnlySet<string>>? actWords, Func<string, IReadOnlySet<string>> actKinds)
    {
        var (coarse, precise) = a.Iso.Length < b.Iso.Length ? (a, b) : (b, a);
        if (!EventDates.Holds(coarse.Iso, precise.Iso) || !involvesSovietSide(coarse.Text) && !involvesSovietSide(precise.Text)) return false;
        if (OnAMonth(coarse.Iso))
            return actWords is not null && actWords(coarse.Text).Any(w => SovietActing(coarse.Text, w, involvesSovietSide)
                && actWords(precise.Text).Any(v => (SameStem(w, v) || BothInvade(w, v, actKinds)) && SovietActing(precise.Text, v, involvesSovietSide)));
        return !EventDates.WritesOtherYear(coarse.Text, coarse.Date.Year) && actKinds(coarse.Text).Overlaps(actKinds(precise.Text));
    }

    // "The Red Army attacked in November 1939" and "On 30 November … invaded Finland": an invasion is one blow, so two invasion words
    // in one month of an episode tell it once, where a month holds many acts of aid or occupation.
    private static bool BothInvade(string a, string b, Func<string, IReadOnlySet<string>> actKinds) =>
        actKinds(a).Contains(nameof(EpisodeKind.Invasion)) && actKinds(b).Contains(nameof(EpisodeKind.Invasion));

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
    private static bool TellsTheOther<TSource>(TimelineEvent<TSource> a, TimelineEvent<TSource> b) =>
        a.Iso != b.Iso && (a.Writes(b.Iso) || b.Writes(a.Iso));

    private static bool OnAYear(string isoDate) => isoDate.Length == 4;

    // "1939-09-17": a day, not a month or a year, in which two acts are rarely two events.
    private static bool OnADay(string isoDate) => isoDate.Length == 10;

    private static bool OnAMonth(string isoDate) => isoDate.Length == 7;

    // The same date, or a day inside the night or days the other's own sentence spans ("On the night of 20–21 August 1968").
    private static bool SameDate<TSource>(TimelineEvent<TSource> kept, TimelineEvent<TSource> line) =>
        kept.Iso == line.Iso || OnADay(kept.Iso) && OnADay(line.Iso) && (Spans(kept, line.Iso) || Spans(line, kept.Iso));

    private static bool Spans<TSource>(TimelineEvent<TSource> line, string isoDay)
    {
        if (line.Iso[..7] != isoDay[..7]) return false;
        var day = int.Parse(isoDay[8..], CultureInfo.InvariantCulture);
        return DayRange().Matches(line.Text).Any(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) <= day
            && day <= int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)
            && line.Iso.EndsWith(m.Groups[1].Value.PadLeft(2, '0'), StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(\d{1,2})\s*[\u2013-]\s*(\d{1,2})\s+\p{Lu}\p{Ll}+")]
    private static partial Regex DayRange();
}
