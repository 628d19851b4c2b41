using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Mentions.Dates;

/// <summary>
/// Finds dates and date ranges in English prose ("23 August 1939", "May 2, 1935", "early April 1945",
/// "1930-33", "from 1946 to 2000", "the night of 20–21 August 1968", "May–June 1940") and reads them
/// as <see cref="PartialDate"/>s of the precision the text gives. Quantities, money, decades, a citation's year
/// (<see cref="CitationYears"/>) and impossible dates are not dates. Never throws; runs in time linear in the text.
/// </summary>
internal sealed class DateFinder(IReadOnlyCollection<string>? citingVerbs = null)
{
    private readonly CitationYears citations = new(citingVerbs ?? []);

    /// <summary>True when a sentence opens by citing a work by its author and year (<see cref="CitationYears"/>).</summary>
    public bool OpensWithCitation(string sentence) => citations.Opens(sentence);

    /// <summary>
    /// The date phrases of <paramref name="text"/>, left to right, not overlapping; where phrases overlap the longest wins.
    /// </summary>
    /// <param name="contextYear">The year for phrases that name none ("9 September", "13 January – 25 April");
    /// when null such phrases are skipped.</param>
    public IReadOnlyList<DatePhrase> Find(string text, int? contextYear = null) =>
        string.IsNullOrEmpty(text) ? [] : found.GetOrAdd((text, contextYear), key => Search(key.Text, key.ContextYear));

    // The stages read the same passages and sentences again: each is scanned once per finder.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Text, int? ContextYear), IReadOnlyList<DatePhrase>> found = new();

    private IReadOnlyList<DatePhrase> Search(string text, int? contextYear)
    {
        var cited = citations.In(text);
        var scan = new Scan(new DateTokens(text, DateTokenizer.Tokenize(text)), contextYear);
        var phrases = new List<DatePhrase>();
        for (var i = 0; i < scan.Tokens.Count;)
        {
            if (scan.LongestAt(i) is { } match)
            {
                var (index, length, phrase) = scan.Tokens.Slice(i, match.Next);
                if (match.End is null && match.Start.Precision == DatePrecision.Year && cited.Contains(index))
                {
                    i = match.Next;
                    continue;
                }
                phrases.Add(new DatePhrase(match.Start, match.End, index, length, phrase)
                {
                    YearInferred = match.Inferred,
                    Attributive = match.End is null && match.Start.Precision == DatePrecision.Year && scan.QualifiesNoun(i, match.Next),
                });
                i = match.Next;
            }
            else i = scan.SkipFrom(i);
        }
        return phrases;
    }

    private sealed record Match(PartialDate Start, PartialDate? End, int Next, bool Inferred = false);

    private enum RangeMarker { None, From, Between }

    private sealed class Scan(DateTokens tokens, int? contextYear)
    {
        private readonly DatePartsReader reader = new(tokens);
        private readonly List<DateParts> lefts = [];
        private readonly List<DateParts> rights = [];

        public DateTokens Tokens => tokens;

        /// <summary>The longest phrase that starts at token <paramref name="i"/>: [from|between] [qualifier] date [connector date].</summary>
        public Match? LongestAt(int i)
        {
            if (tokens.Is(i, DateTokenKind.Symbol)) return null;
            var best = LongestAfterMarker(i, RangeMarker.None);
            if (tokens.IsWord(i, "from")) best = Longer(best, LongestAfterMarker(i + 1, RangeMarker.From));
            if (tokens.IsWord(i, "between")) best = Longer(best, LongestAfterMarker(i + 1, RangeMarker.Between));
            return best;
        }

        private Match? LongestAfterMarker(int i, RangeMarker marker)
        {
            var best = LongestFrom(i, marker);
            return QualifierEnd(i) is { } afterQualifier ? Longer(best, LongestFrom(afterQualifier, marker)) : best;
        }

        private Match? LongestFrom(int i, RangeMarker marker)
        {
            Match? best = null;
            lefts.Clear();
            reader.ReadAt(i, lefts);
            foreach (var left in lefts)
            {
                if (marker == RangeMarker.None) best = Longer(best, Single(left, MonthAloneAt(i)));
                if (ConnectorEnd(left.Next, marker) is not { } rightStart) continue;
                rights.Clear();
                reader.ReadAt(rightStart, rights);
                // "August 1945 – spring 1946", "from early 1970 to the summer of 1972": the right side may be qualified too.
                if (QualifierEnd(rightStart) is { } qualified) reader.ReadAt(qualified, rights);
                if (left.IsBareYear && tokens.IsDash(left.Next) && reader.ShortYearAt(rightStart, left.Year!.Value) is { } shortYear)
                    rights.Add(shortYear);
                foreach (var right in rights) best = Longer(best, Range(left, right));
            }
            return best;
        }

        /// <summary>
        /// Where to go on when no phrase starts at token <paramref name="i"/>: past a day and month that make no date
        /// ("31 February 1940", or "9 May" with no context year), so that their month and year are not read alone.
        /// </summary>
        public int SkipFrom(int i)
        {
            lefts.Clear();
            reader.ReadAt(i, lefts);
            var next = i + 1;
            foreach (var reading in lefts)
                if (reading.Day is not null && reading.Month is not null) next = Math.Max(next, reading.Next);
            return next;
        }

        /// <summary>"the 1921 convention", "the old 1939 border", "Finland's 1939 border": an article (and perhaps an adjective)
        /// or a possessive before, a word after; "the year 1939" is no qualifier.</summary>
        public bool QualifiesNoun(int first, int next) =>
            (tokens.IsAnyWord(first - 1, DateWords.Determiners) || IsAdjectiveAfterDeterminer(first - 1)
                || (tokens.IsWord(first - 1, "s") && tokens.IsSymbol(first - 2, "'\u2019") && tokens.TouchesNext(first - 2)))
            && tokens.Is(next, DateTokenKind.Word) && !tokens.IsAnyWord(next, DateWords.NotNouns)
            || NamesAThingOf(first);

        // "crossed the old frontier of 1939", "the lessons of 1968": a year after a thing that outlasts its year ("frontier", "lessons")
        // and "of" names the thing, as "the 1939 frontier" does; "the events of 1968", "the end of 1941" are dated by it.
        private bool NamesAThingOf(int first) =>
            tokens.IsWord(first - 1, "of") && tokens.IsAnyWord(first - 2, DateWords.LastingThings)
            && (tokens.IsAnyWord(first - 3, DateWords.Determiners) || IsAdjectiveAfterDeterminer(first - 3));

        private bool IsAdjectiveAfterDeterminer(int i) =>
            tokens.Is(i, DateTokenKind.Word) && char.IsLower(tokens.Span(i)[0]) && tokens.IsAnyWord(i - 1, DateWords.Determiners)
            && !tokens.IsAnyWord(i, DateWords.Qualifiers) && !tokens.IsWord(i, "year") && DateWords.Month(tokens.Span(i)) is null;

        /// <summary>After "early", "mid-", "late", "the night of", "the eve of", "the summer of", "summer": where the date starts.</summary>
        private int? QualifierEnd(int i)
        {
            var word = tokens.IsWord(i, "the") ? i + 1 : i;
            if (!tokens.IsAnyWord(word, DateWords.Qualifiers)) return null;
            var next = word + 1;
            if (tokens.IsWord(next, "of") || (tokens.IsDash(next) && tokens.TouchesNext(word))) next++;
            return next;
        }

        private int? ConnectorEnd(int i, RangeMarker marker)
        {
            if (tokens.IsDash(i)) return i + 1;
            if (marker == RangeMarker.Between) return tokens.IsWord(i, "and") ? i + 1 : null;
            return tokens.IsAnyWord(i, DateWords.RangeWords) ? i + 1 : null;
        }

        // "In May, he announced …", "by early June", "mid-June": a month named alone after a word of time, in capitals, is a month
        // of the context's year; a bare "May" or "march" elsewhere is a verb as often as a month. "In March of the following
        // year" is another year's, and "in May Day parades" or "by August Zaleski" name something else.
        private bool MonthAloneAt(int i) =>
            (tokens.IsAnyWord(i - 1, DateWords.WordsOfTimeBeforeMonth) || tokens.IsDash(i - 1) && tokens.IsAnyWord(i - 2, DateWords.WordsOfTimeBeforeMonth))
            && tokens.Is(i, DateTokenKind.Word) && char.IsUpper(tokens.Span(i)[0]) && !DateWords.IsMonthAbbreviation(tokens.Span(i))
            && !tokens.IsWord(i + 1, "of") && !(tokens.Is(i + 1, DateTokenKind.Word) && char.IsUpper(tokens.Span(i + 1)[0]));

        private Match? Single(DateParts date, bool monthAlone = false)
        {
            // A bare "5" is a count; a month alone is a date only where a word of time comes before it.
            if (date.Year is null && date.Day is null && date.Month is not null && monthAlone && contextYear is not null)
                return Create(contextYear, date.Month, null) is { } month ? new Match(month, null, date.Next, true) : null;
            if (date.Year is null && (date.Day is null || date.Month is null)) return null;
            if (date.Year is null && contextYear is null) return null;
            if (date.IsBareYear && tokens.IsDashedToNumber(date.Next - 1, date.Next)) return null;
            return Create(date.Year ?? contextYear, date.Month, date.Day) is { } start ? new Match(start, null, date.Next, date.Year is null) : null;
        }

        /// <summary>The left side borrows what it leaves out from the right: "20–21 August 1968", "May–June 1940".</summary>
        private Match? Range(DateParts left, DateParts right)
        {
            if (right.Day is not null && right.Month is null) return null;
            if (left.Day is not null && left.Month is null && right.Day is null) return null;
            if (left.Day is null && left.Year is null && right.Day is null && right.Year is null) return null;
            var rightYear = right.Year ?? left.Year ?? contextYear;
            var leftMonth = left.Month ?? (left.Day is not null ? right.Month : null);
            var leftYear = left.Year ?? rightYear;
            if (Create(leftYear, leftMonth, left.Day) is not { } start || Create(rightYear, right.Month, right.Day) is not { } end) return null;
            return end.First > start.First ? new Match(start, end, right.Next, right.Year is null && left.Year is null) : null;
        }

        private static PartialDate? Create(int? year, int? month, int? day)
        {
            if (year is not (>= 1 and <= 9999) || month is < 1 or > 12) return null;
            if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year.Value, month.Value))) return null;
            return new PartialDate(year.Value, month, day);
        }

        private static Match? Longer(Match? best, Match? candidate) =>
            candidate is not null && (best is null || candidate.Next > best.Next) ? candidate : best;
    }
}
