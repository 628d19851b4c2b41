using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// Reads a passage sentence by sentence for intervention claims: a Soviet agent that does an act
/// ("Soviet troops occupied …", "… was invaded by the Red Army"), the countries it was done to, and the
/// date nearest the act (or the passage's last date before it). References, captions and headings make
/// no claims, and a date outside the period the encyclopedia covers dates nothing.
/// </summary>
internal sealed class ClaimFinder(ClaimRules rules, CountryFinder countries, DateFinder dates, IReadOnlySet<string> interveners)
{
    private readonly ActGrammar grammar = new(rules, countries, interveners);
    private readonly DefenceClaims defence = new(rules, countries, interveners);
    private readonly ClaimPlaces places = new(rules, new ActGrammar(rules, countries, interveners));
    private readonly DeniedRowActs rows = new(rules, countries, interveners);
    private readonly HeadingPlaces headings = new(rules, countries, interveners);
    private readonly AgentlessEndings endings = new(rules, countries, interveners);
    private readonly AgentActPairs pairs = new(rules, countries, interveners);
    private readonly Departures departures = new(rules, countries, interveners);

    /// <summary>The claims of one document; a sentence with no year takes the last year before it, back to a dated heading.
    /// Short forms the document defines for the Soviet side ("RA = Red Army") are agents in it.</summary>
    public IEnumerable<Claim> Find(IReadOnlyList<PassageDraft> document)
    {
        var defined = DefinedAgents.In(document.Select(p => p.Text), rules);
        var finder = defined.Count == 0 ? this : new ClaimFinder(rules.WithAgents(defined), countries, dates, interveners);
        foreach (var claim in finder.ClaimsIn(document))
            yield return claim;
    }

    private IEnumerable<Claim> ClaimsIn(IReadOnlyList<PassageDraft> document)
    {
        int? contextYear = null;
        // The date the story last gave, to its month: "laid siege … in December [1933]. Soviet troops crossed … around 12 January" is 1934.
        PartialDate? contextDate = null;
        // Whether the story's last two dates ran backwards in a list ("- 27 Dec 1979 … - 12 Dec …"): a list told latest first steps back, not on.
        var contextBackwards = false;
        var contextListItem = false;
        var contextListed = false; // the context year is the last of several years one sentence lists
        Documents.Heading? section = null, contextSection = null;
        (int First, int Last)? sectionSpan = null; // the span of years the section's heading gives (DatedAround)
        Claim? previous = null;
        // The list item above the previous claim's line: "- ceasefire 13 Mar '40" under "* WINTER WAR" ends no story told under
        // "* POLAND"; one under the claim's own item, beside it, or under an item of its year ("* 1989") may.
        PassageDraft? previousItem = null;
        (DatePhrase Date, int Line)? before = null;
        int? namedBefore = null; // the paragraph whose last sentence named the Soviet side
        (string Text, int Line)? lastSentence = null; // the last sentence read, with its paragraph's line (a scrape cuts a paragraph into passages)
        var items = new List<PassageDraft>(); // the list items above this one, outermost first
        // A spreadsheet's row, a deck's card or a data file's entry is a record of its own: a day and month in it take no year
        // from the one above.
        var records = document.Count > 0 && SourceFormats.For(document[0].Document.Format).Records;
        var writtenOn = WrittenOn(document);
        (int Line, List<(EpisodeKind Kind, HashSet<string> Places, HashSet<int> Years)> Denials) denied = (-1, []); // what the paragraph says the Soviet side did not do
        int? deniedBelow = null; // the heading level of a record marked as no Soviet act: the subsections under it tell none
        for (var at = 0; at < document.Count; at++)
        {
            var passage = document[at];
            if (passage.Block.Kind == PassageKind.ListItem) items.RemoveAll(i => i.Block.Depth >= passage.Block.Depth);
            else items.Clear();
            var parentItem = items.LastOrDefault();
            if (passage.Block.Kind == PassageKind.ListItem) items.Add(passage);
            // "- keeping the bloc (GDR 1953, Hungary 1956, Czechoslovakia 1968)" over "- Hungary: … on 24 Oct": the last of the years a
            // line lists dates nothing in the lines after it.
            if (contextListed) (contextYear, contextDate, contextListed) = (null, null, false);
            if (records) (contextYear, contextDate) = (null, null);
            // A heading with its own years starts a new context, dated by the heading when it names one year ("CER 1929": "- Manzhouli
            // 20 Nov"); other headings continue the story.
            if (passage.Block.Section != section)
            {
                var headingDates = passage.Block.Section is { } heading ? dates.Find(heading.Text) : [];
                if (headingDates.Count > 0)
                {
                    contextYear = headingDates.All(d => d.Start.Year == headingDates[0].Start.Year && (d.End ?? d.Start).Year == d.Start.Year) ? headingDates[0].Start.Year : null;
                    contextDate = null;
                }
                sectionSpan = SpanOf(headingDates);
            }
            section = passage.Block.Section;
            if (deniedBelow is { } level && (section is null || section.Level <= level)) deniedBelow = null;
            if (passage.IsHeading || passage.Block.Kind == PassageKind.Caption || !IsNarrative(passage)) continue;
            var verdict = rows.Verdict(passage.Text);
            // "Vietnamese invasion of Cambodia" with "soviet: false" over its popup's "Moscow supplied Hanoi": a record its author marks
            // as no Soviet act tells none in the subsections under it either.
            if (verdict == RowVerdict.No && records && section is not null) deniedBelow = section.Level;
            if (verdict == RowVerdict.No || deniedBelow is not null && section!.Level > deniedBelow) continue;
            var claimed = false;
            var sentences = ProseText.SplitSentences(passage.Text).Where(s => !IsReferenceLine(s)).ToList();
            var sentenceBefore = lastSentence;
            if (sentences.Count > 0) lastSentence = (sentences[^1], passage.Block.Line);
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                // "1956 | Soviet army crushes the uprising (24 Oct + 4 Nov)": a day with no year takes the year its own sentence writes first.
                // "On 26 June Molotov sent an ultimatum over Bessarabia, never Romanian to Moscow since 1918": a year a state has lasted
                // since is long before the sentence's own time, and dates neither its days nor the sentences after it.
                var written = InPeriod(sentence, dates.Find(sentence)).FirstOrDefault(d => OfTheStory(sentence, d))?.Start.Year;
                var found = InPeriod(sentence, dates.Find(sentence, written ?? contextYear));
                if (written is null && contextDate?.Month is { } month && !contextBackwards && !rules.FlashbackWords.AnyIn(sentence))
                    found = [.. found.Select(d => IntoNextYear(d, month))];
                // "Nor do I treat Sheng's break with Moscow in 1942, when he expelled Soviet advisers": the author sets it aside.
                var story = previous is not null && previousItem != parentItem && !items.Contains(previous.Passage) && parentItem is not null
                    && OpensAnotherStory(parentItem.Text, previous) ? null : previous;
                var claim = rules.SetAsideWords.AnyIn(sentence) ? null : ReadAny(passage, i, sentence, found, contextYear, namedBefore == passage.Block.Line, story);
                // "event: Soviet-Afghan War; … soviet intervention: Y": a row its author marks yes states the act it names.
                if (claim is { InRow: true, Form: ClaimForm.Name } && verdict == RowVerdict.Yes) claim = claim with { Form = ClaimForm.Statement };
                // "On 16 September 1941 he abdicated. The next day Soviet columns entered Tehran.": the sentence before in its
                // paragraph dates the act to the month or day.
                if (claim is { DatedInSentence: false } && before is { } day && day.Line == passage.Block.Line && day.Date.Start.Precision >= DatePrecision.Month)
                    claim = claim with { Date = day.Date.Start, DatedInSentence = true, DatedByNeighbour = true };
                // "Last night … the armed forces of the Soviet Union crossed the frontiers" in the record of a meeting of 21 August 1968.
                if (claim is { DatedInSentence: false } && DayNamed(sentence, writtenOn) is { } named)
                    claim = claim with { Date = named, DatedInSentence = true };
                // "The Soviet army went into Hungary twice that autumn. The first time was in the early hours of 24 October 1956 …": a
                // sentence pointing at a time it does not write is dated by the sentence after it, where that confirms the story's year.
                if (claim is { DatedInSentence: false, Year: { } storyYear } && rules.TimeReferences.AnyIn(sentence) && SentenceAfter(document, at, sentences, i) is { } next && DateAfter(next, storyYear) is { } after)
                    claim = claim with { Date = after, DatedInSentence = true, DatedByNeighbour = true };
                var told = found.Where(d => OfTheStory(sentence, d) && !NamesAnAgreement(sentence, d)).ToList();
                // "… and in June Zhukov arrived. Smushkevich, back from Spain, brought pilots": a month named alone, its year the
                // story's, dates its own sentence but is too loose to date the next one's act.
                before = told is [.., var last] && !(last is { YearInferred: true, Start.Day: null }) ? (last, passage.Block.Line) : null;
                namedBefore = rules.Agents.AnyIn(sentence) ? passage.Block.Line : null;
                if (claim is not null && !claim.DatedInSentence && section is not null && contextSection == section) claim = claim with { DatedInSection = true };
                if (told.Count > 0)
                {
                    var latest = told[^1].Start;
                    // Only a list's lines are read so: prose goes back to tell the background ("destroyed in February 1934. … In the autumn
                    // of 1933 Sheng turned to …") and then on.
                    var listed = passage.Block.Kind == PassageKind.ListItem;
                    contextBackwards = listed && contextListItem && contextDate is { Month: not null } held && latest.Month is not null && latest.CompareTo(held) < 0;
                    contextListItem = listed;
                    (contextYear, contextDate, contextSection, contextListed) = (latest.Year, latest, section, told.Select(d => d.Start.Year).Distinct().Count() > 2);
                }
                if (claim is null) continue;
                // "- **Afghanistan 1979–89**" over "  - withdrawal done 15 Feb 1989": an item's place is the one the item above it names.
                if (claim.Targets.Count == 0 && parentItem is not null && !headings.NamesPlace(section))
                    claim = headings.Place(claim, sentence, new Documents.Heading(parentItem.Text, 0, parentItem.Block.Line), () => "");
                // A claim naming no place is about the place of the claim before it in its paragraph; an ending
                // ("Stalin gave up and lifted it") may come a few paragraphs later.
                if (claim.Targets.Count == 0 && previous is not null && (claim.Role == ActRole.End ? story is not null && AgentlessEndings.EndsStoryOf(previous, passage)
                        : previous.Passage == passage && !NamesTheCategory(previous) && !YearsApart(claim, previous)))
                    claim = claim with { Targets = previous.Targets };
                if (claim.Targets.Count == 0) claim = claim with { Targets = RowPlace(passage, sentence) };
                claim = headings.Place(claim, sentence, DatedAround(section, sectionSpan, claim), () => Around(document, passage, sentence));
                // "Angola was the longest posting … Soviet involvement there went back to the autumn of 1975": where no heading places
                // it, "there" stands for the one country the sentence before it in its paragraph names.
                var saidBefore = i > 0 ? sentences[i - 1] : !records && sentenceBefore?.Line == passage.Block.Line ? sentenceBefore.Value.Text : null;
                if (claim.Targets.Count == 0 && saidBefore is not null && SaysThere(sentence)) claim = claim with { Targets = OnlyCountryNamed(saidBefore) };
                if (claim.Year is { } year && claim.Targets.Count > 0)
                {
                    // The paragraph's denials are read only where a claim could be taken back: most paragraphs state no act.
                    if (denied.Line != passage.Block.Line) denied = (passage.Block.Line, Denials(Paragraph(document, at)));
                    if (denied.Denials.Any(d => d.Kind == claim.Kind && d.Years.Contains(year) && claim.Targets.All(d.Places.Contains))) continue;
                }
                if (claim.Targets.Count > 0) (previous, previousItem) = (claim, parentItem);
                claimed = true;
                yield return claim;
            }
            if (!claimed && verdict == RowVerdict.Yes && Affirmed(passage, records) is { } affirmed)
            {
                (previous, previousItem) = (affirmed, parentItem);
                yield return affirmed;
            }
        }
    }

    // "* WINTER WAR 30 Nov '39 - 13 Mar '40", "* Finland": a list item titled in capitals, or naming another place than the story
    // told before it, opens another story; "* 1989" and "* Key dates" do not.
    private bool OpensAnotherStory(string item, Claim previous)
    {
        var first = item.TrimStart('*', '-', '•', ' ').Split(' ', 2)[0].Trim(',', ':', '.');
        if (first.Length >= 3 && first.All(char.IsUpper) && dates.Find(first).Count == 0) return true;
        return countries.Find(item).Any(m => m.Form != MentionForm.Adjective && !interveners.Contains(m.CountrySlug) && !previous.Targets.Contains(m.CountrySlug));
    }

    // A day or month with no year, told after the story reached the last months of a year ("… laid siege in December [1933]. Soviet
    // troops crossed the border around 12 January"), is early in the next year: the story went on, not back almost a year.
    private static DatePhrase IntoNextYear(DatePhrase date, int storyMonth)
    {
        if (!date.YearInferred || date.Start.Month is not { } month || storyMonth - month < MonthsBackIsNextYear) return date;
        static PartialDate? Next(PartialDate d) => d.Day is { } day && day > DateTime.DaysInMonth(d.Year + 1, d.Month!.Value) ? null : new PartialDate(d.Year + 1, d.Month, d.Day);
        if (Next(date.Start) is not { } start || date.End is { } end && Next(end) is null) return date;
        return date with { Start = start, End = date.End is { } last ? Next(last) : null };
    }

    /// <summary>How many months before the story's last month a yearless date must fall to be read in the next year (December, then January or February).</summary>
    private const int MonthsBackIsNextYear = 10;

    // "The forgotten Soviet mine-clearing mission in Chittagong, 1972-74" over a reply on Egypt in 1970: a heading that gives the
    // span of its story places only the claims of those years (a year either side for a story's lead-up and aftermath). A heading
    // with one year ("Afghanistan, 1979") dates only its start.
    private static Documents.Heading? DatedAround(Documents.Heading? section, (int First, int Last)? span, Claim claim) =>
        section is null || claim.Date is not { } date || span is not { } told || date.Year >= told.First - 1 && date.Year <= told.Last + 1 ? section : null;

    // Every year the heading gives in the period ("Mongolia 1921 (troops until 1925)"), not the year a story was published in;
    // null for a heading of one year or none.
    private (int First, int Last)? SpanOf(IReadOnlyList<DatePhrase> headingDates)
    {
        var years = headingDates.Where(d => rules.InPeriod(d.Start.Year)).SelectMany(d => new[] { d.Start.Year, (d.End ?? d.Start).Year }).ToList();
        return years.Distinct().Count() >= 2 ? (years.Min(), years.Max()) : null;
    }

    // "Nov 1945 – May 1946 — where: Iran (Azerbaijan, Kurdistan); what Moscow did: troops stay past deadline …; verdict: YES": a row
    // its author marks as a Soviet intervention states one, in the place and years its cells give, though no act word says what it
    // was: troops there occupy, anything else is aid.
    private Claim? Affirmed(PassageDraft passage, bool named)
    {
        var text = passage.Text;
        var found = InPeriod(text, dates.Find(text));
        if (!LabelledRows.IsRow(text) || found is not [var first, ..]) return null;
        var date = StartAndEndCells(text, -1, found) ?? first;
        var mentions = countries.Find(text).Where(m => !interveners.Contains(m.CountrySlug) && !rules.AgentCountries.Contains(m.CountrySlug)).ToList();
        var targets = LabelledRows.PlaceOf(text, -1, mentions);
        if (targets.Count == 0) targets = ColumnRows.Place(text, mentions);
        if (targets.Count == 0) return null;
        // "1989 | last troops leave Afghanistan | yes": a row that tells an ending tells no new act.
        var acts = rules.Acts.Find(text);
        if (acts.Any(a => a.Value.Role == ActRole.End)) return null;
        // "Occupation of Latvia" over a map feature's fields: a record's name says what it marks where its cells do not.
        var act = RowAct(text, acts) ?? (named && passage.Block.Section is { } name ? RowAct(name.Text, rules.Acts.Find(name.Text)) : null);
        return new Claim(passage, 0, text, rules.Agents.Find(text).FirstOrDefault()?.Text ?? "", act?.Text ?? "", AffirmedKind(text, act), ActRole.Intervention,
            targets, [], date.Start, date.End, true, null)
        { Form = ClaimForm.Statement, NamesTarget = true, InRow = true };
    }

    // A row's first act outside its verdict label ("Soviet intervention?: YES" says the Soviet side intervened, not how) that no other
    // power owns ("Kosygin in Hanoi when US bombing begins").
    private PhraseHit<(EpisodeKind Kind, ActRole Role)>? RowAct(string text, IReadOnlyList<PhraseHit<(EpisodeKind Kind, ActRole Role)>> acts)
    {
        var agents = rules.Agents.Find(text);
        return acts.FirstOrDefault(a => a.Value.Role == ActRole.Intervention && !rows.InVerdictLabel(text, a.Index) && !grammar.OwnedByAnother(text, a.Index, agents));
    }

    // The kind of a row its verdict affirms: its own act's, else an occupation where it names forces, else aid.
    private EpisodeKind AffirmedKind(string text, PhraseHit<(EpisodeKind Kind, ActRole Role)>? rowAct) =>
        rowAct?.Value.Kind ?? (rules.Forces.AnyIn(text) ? EpisodeKind.Occupation : EpisodeKind.MilitaryAid);

    // "there" as a place ("involvement there", "sent there"), not the subject of "there was", "there followed" or "there's".
    private static bool SaysThere(string sentence)
    {
        for (var at = sentence.IndexOf("there", StringComparison.OrdinalIgnoreCase); at >= 0; at = sentence.IndexOf("there", at + 5, StringComparison.OrdinalIgnoreCase))
        {
            if ((at > 0 && char.IsLetter(sentence[at - 1])) || (at + 5 < sentence.Length && char.IsLetter(sentence[at + 5]))) continue;
            if (sentence.AsSpan(at + 5).StartsWith("'s") || sentence.AsSpan(at + 5).StartsWith("’s")) continue;
            var next = sentence.AsSpan(at + 5).TrimStart();
            var end = next.IndexOfAny(' ', ',', '.');
            if (!ExistentialVerbs.Contains((end < 0 ? next : next[..end]).ToString())) return true;
        }
        return false;
    }

    private static readonly HashSet<string> ExistentialVerbs = new(["is", "was", "were", "are", "had", "has", "have", "would", "will", "could", "might",
        "must", "may", "can", "should", "seemed", "seems", "appeared", "remained", "being", "be", "followed", "began", "came", "arose", "ensued", "existed"],
        StringComparer.OrdinalIgnoreCase);

    private List<string> OnlyCountryNamed(string sentence)
    {
        var named = countries.Find(sentence).Where(m => m.Form != MentionForm.Adjective && !interveners.Contains(m.CountrySlug)).Select(m => m.CountrySlug).Distinct().ToList();
        return named.Count == 1 ? named : [];
    }

    // "… a Soviet-American war [1953]. On 12 December 1979 the Politburo decided to send troops.": a speaker's turn may leap decades;
    // an act dated more than a year from the claim before it is not about that claim's place.
    private static bool YearsApart(Claim claim, Claim previous) =>
        claim.DatedInSentence && claim.Year is { } year && previous.Year is { } from && (year < from - 1 || year > (previous.LastYear ?? from) + 1);

    private Claim? ReadAny(PassageDraft passage, int index, string sentence, List<DatePhrase> found, int? contextYear, bool namedBefore, Claim? previous)
    {
        var claim = Read(passage, index, sentence, found, contextYear, namedBefore);
        // "the last Soviet advisers left in 1991": the advisers are there to leave, not a new act of aid.
        if (claim is null || IsAid(claim.Kind) && !AidAfterDeparture(sentence, claim)) claim = departures.Read(passage, index, sentence, found) ?? claim;
        return claim ?? defence.Read(passage, index, sentence, found) ?? endings.Read(passage, index, sentence, found, previous);
    }

    // "4 — Country / place: Finland; …; What happened: Winter War. Red Army attacks on 30/11/1939 …": a sentence of a table row's
    // cell that names no place is about the place another cell of its row names.
    private List<string> RowPlace(PassageDraft passage, string sentence)
    {
        var text = passage.Text;
        var at = text.IndexOf(sentence, StringComparison.Ordinal);
        if (at < 0 || !LabelledRows.IsRow(text)) return [];
        var all = countries.Find(text);
        var places = all.Where(m => !interveners.Contains(m.CountrySlug) && !rules.AgentCountries.Contains(m.CountrySlug)).ToList();
        var routes = Routes(text, all);
        return [.. LabelledRows.PlaceOf(text, at, places).Where(p => !routes.Contains(p))];
    }

    // "shipped by rail across China; … note: China slows the transit": a route the text names is no place of its row.
    private HashSet<string> Routes(string text, IEnumerable<CountryMention> mentions) =>
        mentions.Where(m => RouteBefore(text, m.Index)).Select(m => m.CountrySlug).ToHashSet(StringComparer.Ordinal);

    // "Histories of Soviet intervention usually begin in Budapest or Prague. This paper looks instead at …": a mention of
    // intervention in general places no act after it ("Soviet crews joined the war against …" does).
    private static bool NamesTheCategory(Claim claim) =>
        claim.Form == ClaimForm.Mention && claim.Act.TrimEnd('s').Equals("intervention", StringComparison.OrdinalIgnoreCase);

    // A paragraph may be read as one passage or as a passage per sentence (a thread's post): its other sentences, either way.
    private static string Around(IReadOnlyList<PassageDraft> document, PassageDraft passage, string sentence) => string.Join(" ",
        document.Where(p => p.Block.Line == passage.Block.Line && p.Block.Kind == passage.Block.Kind)
            .SelectMany(p => p.Block.Sentences).Where(s => s != sentence));

    private List<DatePhrase> InPeriod(string sentence, IReadOnlyList<DatePhrase> found) =>
        found.Where(d => rules.InPeriod(d.Start.Year) && !Attributive(sentence, d) && !WhenWritten(sentence, d) && !Denied(sentence, d)).ToList();

    /// <summary>
    /// "Soviet tank columns did start moving towards Warsaw on 19 October, … and the columns turned round. The Soviets did NOT
    /// intervene in Poland in 1956.": a paragraph's sentence in which the Soviet side is the subject of a denied act takes back
    /// its other sentences' acts of that kind in the places and years the denied act's clause names. "Unlike in Hungary, the
    /// Soviets did not intervene in Poland" spares Hungary, "did not annex Iran" spares the invasion, and "did not cross into
    /// Hungary in force until 4 November", "did not invade but occupied" or "did not invade Iran alone" deny nothing.
    /// </summary>
    private List<(EpisodeKind Kind, HashSet<string> Places, HashSet<int> Years)> Denials(IEnumerable<string> sentences)
    {
        var denials = new List<(EpisodeKind, HashSet<string>, HashSet<int>)>();
        foreach (var sentence in sentences.Where(s => rules.Agents.AnyIn(s) && !ActGrammar.Words(s).Any(DenialTurns.Contains)))
            foreach (var act in NegatedActs.Denied(sentence, rules.Acts.Find(sentence), rules))
            {
                // The Soviet side must be the subject, in the same clause: "Washington declined any intervention …, though it
                // condemned the Soviet action" denies nothing of Moscow's.
                if (!rules.Agents.Find(sentence).Any(a => a.End <= act.Index && sentence[a.End..act.Index].IndexOfAny([',', ';', ':']) < 0)) continue;
                var clause = sentence[act.End..] is var rest && rest.IndexOfAny([',', ';', ':', '(']) is var stop and >= 0 ? rest[..stop] : rest;
                var places = countries.Find(clause).Select(m => m.CountrySlug).Where(c => !interveners.Contains(c) && !rules.AgentCountries.Contains(c)).ToHashSet();
                var years = InPeriod(clause, dates.Find(clause)).Select(d => d.Start.Year).ToHashSet();
                if (places.Count > 0 && years.Count > 0) denials.Add((act.Value.Kind, places, years));
            }
        return denials;
    }

    // The sentences of the passage's paragraph: a thread's post is read a passage per sentence, all at the paragraph's line.
    private IEnumerable<string> Paragraph(IReadOnlyList<PassageDraft> document, int at)
    {
        var (line, kind) = (document[at].Block.Line, document[at].Block.Kind);
        var first = at;
        while (first > 0 && document[first - 1].Block.Line == line && document[first - 1].Block.Kind == kind) first--;
        for (var i = first; i < document.Count && document[i].Block.Line == line && document[i].Block.Kind == kind; i++)
            foreach (var sentence in ProseText.SplitSentences(document[i].Text).Where(s => !IsReferenceLine(s)))
                yield return sentence;
    }

    private static readonly HashSet<string> DenialTurns = new(["until", "till", "before", "but", "only", "alone"], StringComparer.OrdinalIgnoreCase);

    // "Finland: 1939-1940 (NOT 1941-44: that is the Continuation War …)": a date the writer rules out dates nothing ("not until
    // 1946" is the date it names).
    private static bool Denied(string sentence, DatePhrase date)
    {
        var words = sentence[..date.Index].TrimEnd().Split(' ');
        static bool Not(string word) => word.TrimStart('(', '[', '"', '\u201c').Equals("not", StringComparison.OrdinalIgnoreCase);
        return Not(words[^1]) || words.Length > 1 && (DayPrepositions.Contains(words[^1]) || words[^1].Equals("in", StringComparison.OrdinalIgnoreCase)) && Not(words[^2]);
    }

    // "Allen Whiting, writing in 1958, stressed …": the year someone wrote in.
    private bool WhenWritten(string sentence, DatePhrase date) =>
        rules.WritingWords.Any(w => ActGrammar.EndsWithWord(sentence[..date.Index].TrimEnd(), w));

    // "Sources: …", "Further reading: …" inside a paragraph list books, not events.
    private bool IsReferenceLine(string sentence)
    {
        var colon = sentence.IndexOf(':');
        return colon > 0 && rules.NonNarrativeSections.Contains(sentence[..colon].Trim());
    }

    // "violating the 1932 pact", "the Bay of Pigs Invasion of 1961", "the first Afghan Civil War (1989–1992)": a year naming
    // another event dates nothing here; nor does "permit the 9 September Party Congress", but "on the 17th of September 1939" does.
    // "until August 1945, when Soviet forces attacked" dates the clause that follows, and "stayed until the spring of 1946" the stay's end.
    private bool Attributive(string sentence, DatePhrase date)
    {
        var before = sentence[..date.Index].TrimEnd();
        if (sentence.AsSpan(date.Index + date.Length).StartsWith(", when ", StringComparison.Ordinal)) return false;
        return (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase))
                && !(date.Start.Precision == DatePrecision.Day && (DayPrepositions.Contains(LastWord(before[..^3].TrimEnd())) || !WordAfter(sentence, date)))
            || (before.EndsWith('(') && LastWord(before[..^1].TrimEnd()) is { Length: > 0 } named && rules.NameHeads.Contains(named))
            || before.EndsWith(" until", StringComparison.OrdinalIgnoreCase) && !rules.Acts.Find(before).Any(a => a.End == before.Length && a.Value.Role == ActRole.End)
            || (before.EndsWith(" of", StringComparison.Ordinal) && before.Length > 3 && LastWord(before[..^3]) is { Length: > 0 } w && char.IsUpper(w[0]));
    }

    // The day a document's title gives ("Security Council 21 August 1968", "Telegram, 12 December 1979"), when it gives one.
    private DateOnly? WrittenOn(IReadOnlyList<PassageDraft> document) =>
        document.Count > 0 && document[0].Block.Headings.FirstOrDefault() is { } title
        && InPeriod(title.Text, dates.Find(title.Text)) is [{ Start.Precision: DatePrecision.Day, IsRange: false } only] ? only.Start.First : null;

    // The day "last night" or "today" names, counted from the day the document was written.
    private PartialDate? DayNamed(string sentence, DateOnly? writtenOn) =>
        writtenOn is { } written && rules.RelativeDays.FirstOrDefault(d => d.Words.AnyIn(sentence)) is { Words: not null } named
            && written.AddDays(named.Offset) is var day ? new PartialDate(day.Year, day.Month, day.Day) : null;

    // The next sentence of the passage's paragraph (a transcript's turn is read a sentence at a time, all at the paragraph's line).
    private static string? SentenceAfter(IReadOnlyList<PassageDraft> document, int at, List<string> sentences, int index) =>
        index + 1 < sentences.Count ? sentences[index + 1]
        : at + 1 < document.Count && document[at + 1].Block.Line == document[at].Block.Line && !document[at + 1].IsHeading
            ? ProseText.SplitSentences(document[at + 1].Text).FirstOrDefault() : null;

    private PartialDate? DateAfter(string sentence, int storyYear) =>
        InPeriod(sentence, dates.Find(sentence)).FirstOrDefault(d => OfTheStory(sentence, d)) is { Start: var start } && start.Year == storyYear
            && start.Precision >= DatePrecision.Month ? start : null;

    // The dates of the time the story has reached: not a year something lasted since, nor one a relative clause looks back to.
    private static bool OfTheStory(string sentence, DatePhrase date) => !Since(sentence, date) && !LooksBack(sentence, date);

    // "Until the autumn the USSR was bound by its 1974 Treaty of Friendship": the year of an agreement the story recalls is not the
    // year it has reached ("On November 13 Siad Barre renounced the treaty" is of the story's year).
    private bool NamesAnAgreement(string sentence, DatePhrase date)
    {
        if (!date.Attributive) return false;
        var after = sentence.AsSpan(Math.Min(sentence.Length, date.Index + date.Length)).TrimStart();
        var end = after.IndexOfAny(' ', ',', '.');
        return rules.Rows.AgreementWords.AnyIn((end < 0 ? after : after[..end]).ToString());
    }

    private static bool Since(string sentence, DatePhrase date) => LastWord(sentence[..date.Index]).Equals("since", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "… the 1st Far Eastern Front of Kirill Meretskov, who had first fought the Finns in the snow of 1939": a year a relative clause
    /// in the past perfect looks back to is someone's past, not the time the story has reached ("By 15 August" after it is of 1945).
    /// The clause must still be open at the date: in "The Soviet Union, which had denounced the pact in April 1945, declared war on
    /// 8 August 1945", the second date is the main clause's.
    /// </summary>
    private static bool LooksBack(string sentence, DatePhrase date)
    {
        var before = sentence.AsSpan(0, date.Index);
        var clause = Math.Max(before.LastIndexOf(", who had ", StringComparison.OrdinalIgnoreCase), before.LastIndexOf(", which had ", StringComparison.OrdinalIgnoreCase));
        return clause >= 0 && before[(clause + 1)..].IndexOfAny(',', ';', ':') < 0;
    }

    private static readonly HashSet<string> DayPrepositions = new(["on", "by"], StringComparer.OrdinalIgnoreCase);

    private static bool WordAfter(string sentence, DatePhrase date) =>
        sentence.AsSpan(date.Index + date.Length).TrimStart() is { Length: > 0 } rest && char.IsLetter(rest[0]);

    /// <summary>False under a "References" or "See also" heading (the document's own title may be "Notes").</summary>
    public bool IsNarrative(PassageDraft passage) =>
        !passage.Block.Headings.Skip(1).Any(h => rules.NonNarrativeSections.Contains(h.Text.Trim().TrimEnd(':')));

    private Claim? Read(PassageDraft passage, int index, string sentence, List<DatePhrase> found, int? contextYear, bool namedBefore = false)
    {
        var agents = rules.Agents.Find(sentence).Where(a => !NamesAnAgreement(sentence, a) && !NamesLand(sentence, a)).ToList();
        if (agents.Count == 0 && namedBefore && ForcesNamedBefore(sentence) is { } forces) agents.Add(forces);
        if (agents.Count == 0) return null;
        var acts = rules.Acts.Find(sentence).Where(a => !LabelledRows.InAgentlessLabel(sentence, a.Index, agents) && !Guarded(sentence, a)).ToList();
        agents.RemoveAll(a => ReceivesAnAct(sentence, a, acts));
        if (agents.Count == 0) return null;
        if (NegatedActs.DeniesAny(sentence, acts, rules)) return null;
        var pair = pairs.Pair(sentence, agents, acts);
        // "Soviet commanders: …; Khrushchev; Result: Cuban Missile Crisis": a pair the row gives to another agent leaves the row's
        // column of Soviet forces to say what the Soviet side did.
        if (pair is { } first && rows.Denies(passage.Text, sentence, first.Agent, first.Act)) pair = null;
        var forcesCell = pair is null ? ForcesCell(sentence, agents, acts) : null;
        pair ??= forcesCell;
        // A kind cell naming another power's act ("type: Japanese invasion ≠ Soviet") tells what that power did.
        if (pair is null && LabelledRows.KindCellAct(sentence, agents,
                acts.Where(a => a.Value.Role == ActRole.Intervention && !grammar.OwnedByAnother(sentence, a.Index, agents)).ToList(),
                rules.Rows.KindHeaders.Contains, w => rules.Negators.Contains(w) || rules.EmptyCellWords.Contains(w)) is { } kindCell
            && !rows.Denies(passage.Text, sentence, kindCell.Agent, kindCell.Act))
            pair = (kindCell.Agent, kindCell.Act, false, false);
        if (pair is null) return null;
        var (agent, act, passive, compound) = pair.Value;
        var allDates = found; // the until-rule below sets some aside; a stay's end reads them all
        // "occupied Albania until the summer of 1941, when they were driven out": the date the when-clause leans on ends an act before it.
        if (!act.Text.EndsWith("until", StringComparison.OrdinalIgnoreCase))
            found = [.. found.Where(d => d.Index < act.Index || !sentence[..d.Index].TrimEnd().EndsWith(" until", StringComparison.OrdinalIgnoreCase))];
        // "Kuusinen, a Finnish communist who had lived in the Soviet Union since 1918": a date in a relative clause of the person's past
        // after the act is the person's, not the act's.
        found = [.. found.Where(d => d.Index < act.End || !InRelativeClause(sentence[act.End..d.Index]))];
        // "Few know that Soviet crews defended Egypt, or that in the winter of 1977-78 a Soviet general ran Ethiopia's war": a date in
        // another "that" clause of the same verb is that clause's.
        found = [.. found.Where(d => !InAnotherThatClause(sentence, Math.Min(d.Index, act.Index), d.Index < act.Index ? sentence[(d.Index + d.Length)..act.Index] : sentence[act.End..d.Index]))];
        if (forcesCell is not null && rows.Denies(passage.Text, sentence, agent, act)) return null;

        // "placed it under Vasily Blyukher, who had served in China in 1924–1927 as chief military adviser": a person's earlier career,
        // told in passing, is no act of the story.
        if (Career(sentence, agent, act)) return null;
        // 'don't make 1961 a "second Soviet intervention in Germany"': a short quoted phrase naming the act is a term under discussion.
        if (ActGrammar.InShortQuote(sentence, agent.Index, act.End)) return null;
        var named = ActGrammar.ActorNames(passage, sentence);
        var all = countries.Find(sentence);
        // "shipped by rail across China; … note: China slows the transit": a route the act names is no place of the row either.
        var routes = Routes(sentence, all);
        var mentions = all
            .Where(m => !interveners.Contains(m.CountrySlug) && !rules.AgentCountries.Contains(m.CountrySlug) && !agents.Any(a => m.Index < a.End && a.Index < m.Index + m.Length))
            .Where(m => !named.Any(n => m.Index >= n.Start && m.Index < n.End))
            .Where(m => !AfterAgentMarker(sentence, m.Index))
            // "a former anti-Japanese guerrilla": a people after a negating prefix names a stance, not a place.
            .Where(m => !rules.NegatingPrefixes.Any(p => sentence.AsSpan(0, m.Index).EndsWith(p, StringComparison.OrdinalIgnoreCase)))
            // "the Arab-Israeli conflict": two peoples joined by a dash name a war between them, not a place (the agent's own, as in
            // "the Soviet-Cuban intervention", is read below).
            .Where(m => !InPeoplesPair(sentence, m, agents, all))
            .ToList();
        mentions = [.. mentions.Except(JoinedToAgent(sentence, agents, mentions)).Where(m => !JoinedToAct(sentence, agent, act, m))];
        // No place named: the claim is about its section's place, if the section names one (see EpisodeBuilder).
        var targets = places.Targets(sentence, mentions, agent, act, passive);
        // A table row ("1950-53 — Where: Korea; What the USSR did: approved …"): the place is the row's, in another cell; it also
        // outweighs a people the act's own cell names ("Where: Yemen; … airlift Egyptian troops").
        var rowPlace = LabelledRows.PlaceOf(sentence, act.Index, mentions).Where(p => !routes.Contains(p)).ToList();
        if (rowPlace.Count > 0 && targets.All(t => mentions.Where(m => m.CountrySlug == t).All(m => m.Form == MentionForm.Adjective))) targets = rowPlace;
        // A row of unlabelled cells ("1962; Soviet Union; Cuba; …"): its one country cell says where, when the act's cell names no place.
        var columnPlace = ColumnRows.Place(sentence, mentions).Where(p => !routes.Contains(p)).ToList();
        if (targets.Count == 0) targets = columnPlace;
        // "… Soviet cadres, who deported or killed 34,250 Latvians, 75,000 Lithuanians and almost 60,000 Estonians": an occupier's act on
        // a country's people, in its own clause, is done to that country, whatever place the section's heading names ("liberated … from
        // the Germans" names the enemy).
        if (targets.Count == 0 && !passive && act.Value is (EpisodeKind.Occupation, ActRole.Intervention))
            targets = [.. countries.Peoples(sentence[act.End..grammar.ClauseEnd(sentence, act.End)]).Where(p => !interveners.Contains(p) && !rules.AgentCountries.Contains(p))];
        var participants = passive ? [] : places.Participants(sentence, mentions, act, targets);

        // "Soviet officers planned the army's offensive": advice on another army's act is aid. A yes verdict's label as the act
        // ("Soviet intervention?: YES — start of the air-defence mission") leaves the kind to the row's cells.
        var actKind = rows.InVerdictLabel(sentence, act.Index) ? AffirmedKind(sentence, RowAct(sentence, acts))
            : AdvisedActs.AdvisedOnly(sentence, agent, act, rules) ? EpisodeKind.MilitaryAid : act.Value.Kind;
        var role = actKind == EpisodeKind.Invasion && act.Value.Role == ActRole.Intervention && LastForces.AreLeaving(sentence, act.Index, act.End, rules) ? ActRole.End : act.Value.Role;
        // A row's cell of Soviet forces is dated by the row's first date (its "Dates" cell), not by a date inside another cell. An act
        // in a row's labelled cell that gives no date of its own is dated by the cells before it, not by a later cell's outcome
        // ("1970–72 — country: Egypt; what Moscow did: … defend Egypt; outcome: Sadat expels most advisers, July 1972" is of 1970).
        var period = role == ActRole.Intervention ? RowPeriod(sentence, act.Index, found) : null;
        var date = forcesCell is not null ? found.FirstOrDefault()
            : period is not null && !ClauseDated(sentence, act.Index, found) ? period
            : LabelledRows.CellSpanAt(sentence, act.Index) is { } cell && !found.Any(d => d.Index >= cell.Start && d.Index < cell.End)
                && found.LastOrDefault(d => d.Index < cell.Start) is { } before ? before
            : DateRanges.Nearest(found, act.Index);
        var end = date is null ? null : period?.End is { } rowEnd && rowEnd.CompareTo(date.Start) > 0 ? rowEnd : role == ActRole.End
            ? DateRanges.EndOfBegun(sentence, act.Index, act.End, date.End ?? date.Start, found, rules) ?? DateRanges.EndOf(sentence, date, found, rules)
            : DateRanges.EndOf(sentence, date, found, rules) ?? DateRanges.EndOfBeganAndEnded(sentence, act.End, date.End ?? date.Start, found, rules)
                ?? DateRanges.EndOfStay(sentence, act.End, date.End ?? date.Start, allDates, rules);
        var aid = actKind is EpisodeKind.MilitaryAid or EpisodeKind.InsurgencySupport;
        // Whose side: the words after the aid ("to the rebels"), else a receiver before it that is no government ("the armed wing of ZAPU
        // took advice from …"; a government named before the act is more often the one acting).
        // A side after "against" is the enemy ("advisers save the regime against … the Liberation Front").
        var side = aid ? rules.Sides.Find(sentence).FirstOrDefault(s => s.Index > act.Index && !(s.Index > act.End && Opposed(sentence[act.End..s.Index])))?.Value
            ?? rules.Sides.Find(sentence[..Math.Min(agent.Index, act.Index)]).LastOrDefault(s => s.Value != SovietSide.Government)?.Value : null;
        // Aid to rebels, or to a faction fighting inside a country ("the communists … pushed him out with the help of Soviet officers"),
        // backs one side against the state: insurgency support.
        var kind = actKind == EpisodeKind.MilitaryAid && side is SovietSide.Opposition or SovietSide.Faction ? EpisodeKind.InsurgencySupport : actKind;
        // "launch a coup with Soviet support": aid to a coup makes a coup ("missiles installed by the US" is no coup).
        if (aid && acts.Any(a => a.Value is (EpisodeKind.Coup, ActRole.Intervention) && !rules.PassiveMarkers.Contains(sentence[a.End..].TrimStart().Split(' ', 2)[0])))
            kind = EpisodeKind.Coup;
        return new Claim(passage, index, sentence, agent.Text, act.Text, kind, role, targets, participants,
            date?.Start ?? (contextYear is { } y ? new PartialDate(y) : null), end, date is not null, side)
        {
            Form = grammar.Form(sentence, agent, act, passive, compound),
            NamesTarget = targets.Count > 0,
            InRow = rowPlace.Count > 0 || columnPlace.Count > 0 && targets.SequenceEqual(columnPlace),
            SendsForces = forcesCell is not null || Deployments.SendsForces(sentence, agent, act, rules),
            OpensStay = date is not null && rules.RangeStarts.Contains(ActGrammar.LastWord(sentence[..date.Index])),
            Recipients = aid ? Recipients(sentence, mentions, act, passive, targets) : [],
        };
    }

    // "Date: late Nov. 1977 – March 1978; …; What happened: Soviet air- and sealift …; Jijiga retaken 5 March 1978": a row's date
    // cell (or its key, "1977–1978 — Place: …") that holds a range is the period of an act in another cell. A date in the act's
    // own clause ("troops invade 27 Dec 1979") starts it more precisely; another clause's date ("Jijiga retaken 5 March") is one
    // event of the row. Only acts that start or carry an intervention take it: a withdrawal keeps its own date.
    private DatePhrase? RowPeriod(string sentence, int actIndex, IReadOnlyList<DatePhrase> found) =>
        (LabelledRows.CellSpanLabelled(sentence, rules.Rows.DateHeaders.Contains) ?? LabelledRows.KeySpan(sentence)) is var (start, end) && (actIndex < start || actIndex >= end)
            && found.FirstOrDefault(d => d.Index >= start && d.Index < end) is { IsRange: true } first ? first : StartAndEndCells(sentence, actIndex, found);

    // "from: 1918-11; to: 1920-01; kind: invasion": a row's first and last dates in cells of their own make its period; so do its
    // key and its end cell ("1965 — year end: 1973; target: North Vietnam", a table whose first column is the start year).
    private DatePhrase? StartAndEndCells(string sentence, int actIndex, IReadOnlyList<DatePhrase> found)
    {
        DatePhrase? In((int Start, int End)? cell) => cell is var (start, end) && (actIndex < start || actIndex >= end)
            ? found.FirstOrDefault(d => d.Index >= start && d.Index < end) : null;
        if ((In(LabelledRows.CellSpanLabelled(sentence, rules.Rows.StartHeaders.Contains)) ?? In(LabelledRows.KeySpan(sentence))) is not { } first
            || In(LabelledRows.CellSpanLabelled(sentence, rules.Rows.EndHeaders.Contains)) is not { } last) return null;
        var lastDate = last.End ?? last.Start;
        return lastDate.CompareTo(first.Start) <= 0 || last.Index < first.Index ? null
            : new DatePhrase(first.Start, lastDate, first.Index, last.Index + last.Length - first.Index, sentence[first.Index..(last.Index + last.Length)]);
    }

    // Whether the act's own clause (within its cell, between semicolons) holds a date.
    private static bool ClauseDated(string sentence, int actIndex, IReadOnlyList<DatePhrase> found)
    {
        var cell = LabelledRows.CellSpanAt(sentence, actIndex) ?? (0, sentence.Length);
        var from = Math.Max(cell.Start, sentence.LastIndexOf(';', actIndex) + 1);
        var to = sentence.IndexOf(';', actIndex) is var semicolon and >= 0 ? Math.Min(semicolon, cell.End) : cell.End;
        return found.Any(d => d.Index >= from && d.Index < to);
    }

    private static bool IsAid(EpisodeKind kind) => kind is EpisodeKind.MilitaryAid or EpisodeKind.InsurgencySupport;

    // "Dates: 17 June 1953; Country: East Germany; …; Soviet forces: units of the Group …; Result: rising crushed": a table's column of
    // Soviet forces says they were sent there. The act is the row's first other act of force or aid, else the sending of forces (aid).
    private (PhraseHit<string>, PhraseHit<(EpisodeKind Kind, ActRole Role)>, bool, bool)? ForcesCell(string sentence, IReadOnlyList<PhraseHit<string>> agents,
        IReadOnlyList<PhraseHit<(EpisodeKind Kind, ActRole Role)>> acts)
    {
        if (LabelledRows.ForcesLabel(sentence, agents, rules.IsForcesWord) is not { } cell
            || rules.Rows.No.Contains(cell.Value.Split(' ', 2)[0].TrimEnd('.', ',', ';').ToLowerInvariant())) return null;
        var kind = acts.FirstOrDefault(a => a.Value.Role == ActRole.Intervention && (a.Index < cell.Start || a.Index >= cell.End))?.Value.Kind ?? EpisodeKind.MilitaryAid;
        // The act is the label's words after the agent ("forces" of "Soviet forces").
        var at = cell.Agent.End + 1;
        return at >= cell.End ? null : (cell.Agent, new PhraseHit<(EpisodeKind, ActRole)>(at, cell.End - at, sentence[at..cell.End], (kind, ActRole.Intervention)), false, false);
    }

    // "Units of the 5th Red Army … beat him back. The combined force entered Urga on 6 July 1921.": forces the sentence opens with
    // "the" or "these" (and at most two other words) are those the sentence before named.
    private const int ForcesSubjectWords = 4;

    private PhraseHit<string>? ForcesNamedBefore(string sentence)
    {
        var words = sentence.Split(' ', ForcesSubjectWords + 1);
        if (words.Length < 2 || words[0] is not ("The" or "These")) return null;
        var noun = Array.FindIndex(words, 1, Math.Min(words.Length, ForcesSubjectWords) - 1, w => rules.IsForcesWord(w.TrimEnd(',', ';', ':')));
        if (noun < 0) return null;
        var end = string.Join(' ', words.Take(noun + 1)).Length;
        // "The Iranian army marched into Tabriz": forces a country qualifies are that country's, whoever the sentence before named.
        if (countries.Find(sentence[..end]).Any(m => !interveners.Contains(m.CountrySlug))) return null;
        return new PhraseHit<string>(0, end, sentence[..end], sentence[..end]);
    }

    // "Barre expelled the Soviet advisers, and within days the Soviet Union launched an air and sea lift to Addis Ababa": aid to a
    // place by an agent of its own after the departure is what the sentence says the Soviet side did next.
    private bool AidAfterDeparture(string sentence, Claim aid)
    {
        if (!aid.NamesTarget || rules.DepartureVerbs.Find(sentence).FirstOrDefault() is not { } departure) return false;
        var agent = sentence.IndexOf(aid.Agent, departure.End, StringComparison.Ordinal);
        return agent > departure.End && sentence[departure.End..agent].Trim() is not ("" or "the" or "all" or "all the");
    }

    private bool Opposed(string between) => between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(rules.OpposedWords.Contains);

    // Aid went to the subject of "… was supported by the Soviet Union" or "Vietnam, with support from the USSR, …", else to its targets.
    private List<string> Recipients(string sentence, List<CountryMention> mentions, PhraseHit<(EpisodeKind, ActRole)> act, bool passive, List<string> targets)
    {
        if (!passive) return targets;
        var start = grammar.ClauseStart(sentence, act.Index);
        // A clause with a subject of its own that is no country ("…: the MPLA of Agostinho Neto, backed by Moscow") does not
        // reach back to a country before it ("When Portugal's empire collapsed …").
        var subject = mentions.FirstOrDefault(m => m.Index >= start && m.Index < act.Index)
            ?? (start > 0 && !NamesSomeone(sentence[start..act.Index]) ? mentions.FirstOrDefault(m => m.Index < act.Index) : null);
        return subject is null ? targets : [subject.CountrySlug];
    }

    private static bool NamesSomeone(string clause) =>
        clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Any(w => w.Length > 1 && char.IsUpper(w[0]));

    // "handed over by Nazi Germany", "installed by the US", "via Finland", "by rail across China": the country acts or is a route, not the target.
    private bool AfterAgentMarker(string sentence, int index)
    {
        var (_, word) = WordBefore(sentence, index);
        return rules.PassiveMarkers.Contains(word) || RouteBefore(sentence, index);
    }

    /// <summary>"The Treaty of Moscow of 16 March 1921 …, leaving Batumi with Soviet Georgia", "the Molotov–Ribbentrop Pact, signed …
    /// in the middle of the offensive": a place or person in an agreement's name is no agent.</summary>
    private bool NamesAnAgreement(string sentence, PhraseHit<string> agent)
    {
        var before = sentence[..agent.Index];
        if (before.EndsWith(" of ", StringComparison.Ordinal))
            return rules.Rows.AgreementWords.Find(before).LastOrDefault() is { } agreement && agreement.End == before.Length - 4;
        return NameAfter(sentence, agent.End) is { Length: > 0 } name && rules.Rows.AgreementWords.Find(name).Any(w => w.End == name.Length);
    }

    // The capitalised words that go on from a name joined to it by a dash ("–Japanese Neutrality Pact" after "Soviet"), at most four,
    // or the one word after it ("Moscow Conference"): "Soviet Troops Invoke Treaty" in a headline goes on with words of its own.
    private static string NameAfter(string sentence, int end)
    {
        var at = end;
        var joined = at + 1 < sentence.Length && sentence[at] is '-' or '–' && char.IsUpper(sentence[at + 1]);
        if (joined) at = WordEnd(sentence, at + 1);
        for (var words = 0; words < (joined ? 4 : 1) && at + 1 < sentence.Length && sentence[at] == ' ' && char.IsUpper(sentence[at + 1]); words++)
            at = WordEnd(sentence, at + 1);
        return sentence[end..at];
    }

    private static int WordEnd(string text, int from)
    {
        while (from < text.Length && (char.IsLetter(text[from]) || text[from] is '-' or '–' or '\'' or '’')) from++;
        return from;
    }

    // "a defensive measure against possible future attacks": an act named as a noun after "against" (a few plain words between,
    // no clause) is what the subject guards against, not what it does; "moved against the rebels and invaded Hungary" does it.
    private const int MaxGuardedWords = 3;

    private static readonly HashSet<string> ClauseJoints = new(["and", "or", "then", "but"], StringComparer.OrdinalIgnoreCase);

    private bool Guarded(string sentence, PhraseHit<(EpisodeKind Kind, ActRole Role)> act)
    {
        if (act.Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        var words = sentence[..act.Index].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= Math.Max(0, words.Length - 1 - MaxGuardedWords); i--)
        {
            if (words[i].Equals("against", StringComparison.OrdinalIgnoreCase)) return true;
            if (!words[i].All(char.IsLower) || ClauseJoints.Contains(words[i]) || rules.Agents.AnyIn(words[i])) return false;
        }
        return false;
    }

    // "Truman claimed he had given Stalin an ultimatum": the indirect object of a verb of giving receives the act after it.
    private bool ReceivesAnAct(string sentence, PhraseHit<string> agent, List<PhraseHit<(EpisodeKind Kind, ActRole Role)>> acts)
    {
        if (!rules.GivingVerbs.Contains(ActGrammar.LastWord(sentence[..agent.Index]))) return false;
        var after = sentence[agent.End..].TrimStart();
        var article = ActGrammar.FirstWord(after);
        if (!ActGrammar.Determiners.Contains(article)) return false;
        var next = sentence.Length - after.Length + article.Length + 1;
        return acts.Any(a => a.Index == next);
    }

    // "At a congress held on Soviet soil at Kyakhta … the partisans captured": the adjective names where, not who (or names an ally). A land noun that
    // qualifies another ("Soviet border guards") leaves the agent be: the noun must end the phrase (punctuation or a joining word).
    private bool NamesLand(string sentence, PhraseHit<string> agent)
    {
        if (!rules.AgentAdjectives.Contains(agent.Text)) return false;
        var words = sentence[agent.End..].TrimStart().Split(' ', 3);
        // "Somalia (Siad Barre, Soviet ally!!) invades": the adjective names another state, whatever follows.
        if (rules.AgentRelationNouns.Contains(new string([.. words[0].TakeWhile(char.IsLetter)]))) return true;
        if (!rules.AgentLandNouns.Contains(ActGrammar.FirstWord(words[0]))) return false;
        return words.Length < 2 || words[0] != ActGrammar.FirstWord(words[0]) || PhraseEnders.Contains(words[1]);
    }

    private static readonly HashSet<string> PhraseEnders = new(StringComparer.OrdinalIgnoreCase)
        { "at", "in", "on", "of", "near", "and", "or", "to", "from", "with", "by", "for", "was", "were", "is", "are", "that", "which", "where", "as" };

    /// <summary>"(USSR + Poland, Hungary, Bulgaria)": countries a plus joins to a Soviet agent, and the list they continue, act beside it.</summary>
    private static IEnumerable<CountryMention> JoinedToAgent(string sentence, IReadOnlyList<PhraseHit<string>> agents, List<CountryMention> mentions)
    {
        foreach (var agent in agents)
        {
            var at = agent.End;
            while (at < sentence.Length && sentence[at] == ' ') at++;
            if (at >= sentence.Length || sentence[at] != '+') continue;
            foreach (var mention in mentions.Where(m => m.Index > at).OrderBy(m => m.Index))
            {
                // Only a separator between: spaces, commas, "+", "&" or "and".
                var between = sentence[at..mention.Index].Replace("and", "", StringComparison.Ordinal);
                if (between.Any(c => c is not (' ' or ',' or '+' or '&'))) break;
                yield return mention;
                at = mention.Index + mention.Length;
            }
        }
    }

    private static bool Career(string sentence, PhraseHit<string> agent, PhraseHit<(EpisodeKind Kind, ActRole Role)> act) =>
        agent.End < act.Index && sentence[agent.End..act.Index] is var between
        && between.StartsWith(CareerClause, StringComparison.Ordinal) && !between[CareerClause.Length..].Contains(',');

    private const string CareerClause = ", who had ";

    // Only where the first people is no country's ("Arab", "Sino"): "the Somali-Ethiopian war" still names both.
    private static bool InPeoplesPair(string sentence, CountryMention mention, List<PhraseHit<string>> agents, IReadOnlyList<CountryMention> all) =>
        mention.Form == MentionForm.Adjective && mention.Index > 1 && sentence[mention.Index - 1] is '-' or '–' && char.IsLetter(sentence[mention.Index - 2])
        && !agents.Any(a => a.End == mention.Index - 1) && !all.Any(m => m.Index + m.Length == mention.Index - 1);

    // "who had": what the person had done before, up to the comma that closes it; "who took over … in January 1940" goes on with
    // the story, and so does "…, who had led the Finnish Reds, on 1 December 1939".
    private static bool InRelativeClause(string between) =>
        between.LastIndexOf(" who had ", StringComparison.OrdinalIgnoreCase) is var at and >= 0 && !between[at..].Contains(',');

    // Two "that" clauses of one verb ("know that …, or that …"): the first opens with "that" before the earlier of the two, so
    // "In December 1979 Amin asked for help, and that month Soviet troops entered" keeps its date.
    private static bool InAnotherThatClause(string sentence, int earlier, string between) =>
        (between.Contains(", or that ", StringComparison.OrdinalIgnoreCase) || between.Contains(", and that ", StringComparison.OrdinalIgnoreCase))
        && sentence[..earlier].Contains(" that ", StringComparison.OrdinalIgnoreCase);

    // "The Soviet-Cuban intervention", "a Soviet–Mongolian offensive": a people joined to the agent by a dash, right before the act,
    // acts beside it.
    private static bool JoinedToAct(string sentence, PhraseHit<string> agent, PhraseHit<(EpisodeKind Kind, ActRole Role)> act, CountryMention mention) =>
        mention.Form == MentionForm.Adjective && mention.Index == agent.End + 1 && sentence[agent.End] is '-' or '–'
        && act.Index >= mention.Index + mention.Length && sentence[(mention.Index + mention.Length)..act.Index].Trim().Length == 0;

    private bool RouteBefore(string sentence, int index)
    {
        var (before, word) = WordBefore(sentence, index);
        return rules.RouteWords.Contains(word) || IsRoute(before, word);
    }

    // The word before a country's name, past "the" or a capitalized word ("by the Nazi Germany", "via the Soviet Union"), and the text up to it.
    private static (string Before, string Word) WordBefore(string sentence, int index)
    {
        var before = sentence[..index].TrimEnd();
        var word = LastWord(before);
        if ((word.Length > 0 && char.IsUpper(word[0]) || word.Equals("the", StringComparison.OrdinalIgnoreCase)) && before.Length > word.Length)
        {
            before = before[..^word.Length].TrimEnd();
            word = LastWord(before);
        }
        return (before, word);
    }

    // "by rail across China", "overland through Iran": a crossing after a means of transport is the way to somewhere else
    // ("tanks rolled through Prague" is not).
    private bool IsRoute(string before, string word) =>
        rules.CrossingWords.Contains(word) && before.Length > word.Length && rules.RouteMeans.Contains(LastWord(before[..^word.Length]));

    private static string LastWord(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed[(trimmed.LastIndexOf(' ') + 1)..];
    }
}
