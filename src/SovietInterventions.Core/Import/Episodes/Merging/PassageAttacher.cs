using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Episodes.Merging;

/// <summary>
/// Attaches passages that stand outside any episode section (the sentences of an article, the
/// notes) to the episode they describe: one whose target country they name, at a date the episode
/// covers. A passage naming no country continues the episode of the passage before it; a passage
/// with no year but an intervention word goes to the only episode of its country, or to the one
/// that shares its actors.
/// </summary>
internal sealed class PassageAttacher(EpisodeRules rules, IReadOnlySet<string> interveners, PassageOwners owners,
    Func<EpisodeDraft, IEnumerable<string>>? heirs = null, Func<PassageDraft, EpisodeDraft, bool>? anotherPowersStory = null)
{
    /// <summary>So many countries no episode is about, named in one passage, make it a list (<see cref="IsList"/>).</summary>
    private const int ListedCountries = 3;

    /// <summary>Passages left unattached, in document order, for the neighbours and <see cref="StoryPassages"/> to place;
    /// those of another power's section are left out, for no episode.</summary>
    public List<PassageDraft> Attach(IReadOnlyList<PassageDraft> loose, IReadOnlyList<PassageDraft> all, IReadOnlyList<EpisodeDraft> list, SectionYears sections)
    {
        var episodes = new EpisodesByCountry(list, heirs);
        // In a document that names the Soviet side, a section that never does, nor in its heading, tells another power's
        // story in the same place and years ("Holocaust beginnings, Operation Tannenberg and other Nazi atrocities" in an
        // article on the pact). A document that never names it (a diary of the days in one city) is read passage by passage.
        var sovietSections = all.Where(p => rules.Claims.Agents.AnyIn(p.Text) || p.Block.Section is { } h && rules.Claims.Agents.AnyIn(h.Text))
            .Select(SectionOf).ToHashSet();
        var sovietDocuments = sovietSections.Select(s => s.Item1).ToHashSet();
        bool OtherPowers(PassageDraft p) => sovietDocuments.Contains(p.Document) && !sovietSections.Contains(SectionOf(p));
        var context = ParagraphYears(all);
        var tellers = new SectionTellers(all, owners);
        var left = new List<PassageDraft>();
        PassageDraft? previous = null;
        foreach (var passage in loose)
        {
            if (!OtherPowers(passage))
            {
                if (Choose(passage, previous, episodes, context.GetValueOrDefault(passage) ?? [], sections.Of(passage), tellers.Of(passage)) is { } episode)
                {
                    episode.Add(passage);
                    tellers.Told(passage, episode);
                }
                else left.Add(passage);
            }
            previous = passage;
        }
        return left;
    }

    /// <summary>The episode each section tells most of, as its passages are placed: the story an undated passage of it goes on with.</summary>
    private sealed class SectionTellers
    {
        private readonly Dictionary<(ParsedDocument, Heading?), Dictionary<EpisodeDraft, int>> counts = [];

        public SectionTellers(IReadOnlyList<PassageDraft> all, PassageOwners owners)
        {
            foreach (var passage in all.Where(p => !p.IsHeading))
                if (owners.Of(passage) is { } episode) Told(passage, episode);
        }

        public void Told(PassageDraft passage, EpisodeDraft episode)
        {
            if (!counts.TryGetValue(SectionOf(passage), out var told)) counts[SectionOf(passage)] = told = [];
            told[episode] = told.GetValueOrDefault(episode) + 1;
        }

        /// <summary>The episode that holds most of the passage's section so far, two passages in three at least, or null: a
        /// section an overview runs many episodes through (a scraped article on one line) is no one episode's story.</summary>
        public EpisodeDraft? Of(PassageDraft passage)
        {
            if (!counts.TryGetValue(SectionOf(passage), out var told) || told.Count == 0) return null;
            var (teller, most) = told.MaxBy(t => t.Value);
            return most >= MinStory && most * 3 >= told.Values.Sum() * 2 ? teller : null;
        }

        private const int MinStory = 2;
    }

    /// <summary>
    /// A dated passage that names another episode's target at years that fit that episode (<see cref="Fits"/>) tells that
    /// episode too ("buffer zone in 1939-1940 (baltic states, ... and finland)", "when the hostilities resumed in 1941"
    /// after a war of 1939-1940): it becomes one of its sources, never one of its
    /// facts. Inside an episode's section it must also state an act (a section's passages are its episode's by place,
    /// not by what they say); outside one it needs no more than <see cref="Attach"/> does. One passage per document is enough.
    /// </summary>
    public void Share(IEnumerable<PassageDraft> passages, IReadOnlyList<EpisodeDraft> list, IReadOnlySet<PassageDraft> outsideSections)
    {
        var episodes = new EpisodesByCountry(list, heirs);
        var told = list.ToDictionary(e => e, e => e.Passages.Select(p => p.Document).ToHashSet());
        foreach (var passage in passages.Where(p => !p.IsHeading && p.Block.Kind != PassageKind.Caption))
        {
            var years = passage.YearSpans.ToList();
            var outside = outsideSections.Contains(passage);
            if (years.Count == 0 || !(outside || rules.StatesAnAct(passage.Text))) continue;
            // Outside a section a passage names its episodes as Attach reads them, adjectives too ("Finnish forces retook ...").
            // A country named only in what a sentence sets aside ("Apart from … the division of Germany, the USSR also occupied …") is not told.
            var aside = AsideSpans(passage.Text);
            foreach (var episode in episodes.For(NamedCountries(passage, includeAdjectives: outside, placesFirst: false, skip: m => aside.Any(a => a.Start <= m.Index && m.Index < a.End))))
            {
                if (episode == owners.Of(passage) || !Fits(years, episode)) continue;
                if (!told[episode].Add(passage.Document)) continue;
                episode.SharedPassages.Add(passage);
            }
        }
    }

    // "Canada, Denmark, France, Paraguay, the United Kingdom and the United States requested a meeting of the Security Council" is
    // not about Bornholm: countries no episode is about, named where the Soviet side is not, list who did something else.
    private bool IsList(PassageDraft passage, List<string> countries, EpisodesByCountry episodes) =>
        countries.Count(c => episodes.For([c]).Count == 0) >= ListedCountries && !rules.Claims.Agents.AnyIn(passage.Text);

    /// <summary>How many times more of a document's passages its subject holds than an episode it tells in passing.</summary>
    private const int SubjectShare = 3;

    // The episode of these that holds most of the document's passages so far: the one it is about.
    private static EpisodeDraft? Subject(ParsedDocument document, List<EpisodeDraft> candidates) =>
        candidates.Where(e => Told(e, document) > 0).MaxBy(e => Told(e, document));

    private static int Told(EpisodeDraft episode, ParsedDocument document) => episode.Passages.Count(p => p.Document == document);

    private static bool ToldInOtherSections(EpisodeDraft episode, PassageDraft passage) =>
        episode.Passages.Any(p => p.Document == passage.Document) && !episode.Passages.Any(p => SectionOf(p) == SectionOf(passage));

    private static (ParsedDocument, Heading?) SectionOf(PassageDraft passage) => (passage.Document, passage.Block.Section);

    /// <summary>
    /// The years an undated sentence is told at: those of the last sentence before it in its paragraph that gives a year of its
    /// own. "Elaborate Japanese invasion plans were forged" after "On 13 August 1937 …" in one paragraph is of 1937, whatever
    /// later war of the country it names. Sentences cut from one paragraph share its line; a new paragraph starts with no years.
    /// </summary>
    private static Dictionary<PassageDraft, List<(int From, int To)>> ParagraphYears(IReadOnlyList<PassageDraft> all)
    {
        var context = new Dictionary<PassageDraft, List<(int From, int To)>>();
        List<(int From, int To)> last = [];
        PassageDraft? before = null;
        foreach (var passage in all)
        {
            if (before is null || before.Document != passage.Document || before.Block.Line != passage.Block.Line || passage.IsHeading) last = [];
            var own = passage.OwnYears;
            if (own.Count > 0) last = own;
            else if (!passage.YearSpans.Any()) context[passage] = last;
            before = passage;
        }
        return context;
    }

    private EpisodeDraft? Choose(PassageDraft passage, PassageDraft? previous, EpisodesByCountry episodes, List<(int From, int To)> told,
        List<(int From, int To)> section, EpisodeDraft? sectionTeller)
    {
        var named = NamedCountries(passage, includeAdjectives: true);
        if (named.Count == 0)
            return Continues(passage, previous) ? owners.Of(previous!) : null;

        var candidates = episodes.For(named);
        var years = passage.YearSpans.ToList();
        if (years.Count > 0)
        {
            // An episode whose years hold the passage's own dates is preferred to one it only borders; a year that
            // qualifies a noun ("to redress the 1940 treaty") is another event's and prefers nothing.
            var own = passage.OwnYears;
            // Under a heading of 1945, "the British … had gone to war over the country in 1939" looks back from the section's time:
            // it tells an episode of that time, if any, not the one of the year it recalls.
            if (section.Count > 0 && own.Count > 0 && own.All(y => !SectionYears.Within(section, y.From, y.To)))
                candidates = candidates.Where(e => SectionYears.Tells(section, e)).ToList();
            var holding = candidates.Where(e => own.Any(y => e.Overlaps(y.From, y.To))).ToList();
            // A passage within a year of the episode its document is about tells that one's run-up or aftermath, not another episode
            // of its country whose years hold it and which the document tells only in passing (or not at all): "On 31 July 1940,
            // Hitler gave the order …" in an article on the Continuation War is not about the Winter War.
            if (holding.Count > 0 && Subject(passage.Document, candidates) is { } subject && !holding.Contains(subject) && Fits(years, subject)
                && holding.All(h => SubjectShare * Told(h, passage.Document) <= Told(subject, passage.Document)))
                return subject;
            // A passage dated only a year before or after an episode tells its run-up or aftermath when the Soviet side acts in
            // it; "when the hostilities resumed in 1941, Finnish forces retook ..." after a war of 1939-1940 is the next war.
            candidates = holding.Count > 0 ? holding
                : candidates.Where(e => Fits(years, e) && (own.Count == 0 || years.Any(y => e.Overlaps(y.From, y.To)) || rules.Claims.Agents.AnyIn(passage.Text))).ToList();
            // A document that tells the episode in some of its sections tells other powers' stories of the country and years in the
            // others: "On March 31, 1939, Great Britain extended a guarantee to Poland" in the background of an article on the pact
            // opens with another power and names no Soviet side. A note's line, terse, is kept by the case it is listed under.
            if (passage.Block.Kind == PassageKind.Paragraph && !rules.Claims.Agents.AnyIn(passage.Text))
                candidates = candidates.Where(e => !ToldInOtherSections(e, passage) || anotherPowersStory?.Invoke(passage, e) != true).ToList();
        }
        else
        {
            if (!NamesAnAct(passage.Text) || passage.Block.Kind == PassageKind.Caption || ActedUpon(passage)) return null;
            // "… Ceaușescu … gave a public speech in Bucharest on the day of the invasion" in a section of reactions to 1968 that
            // another episode tells: undated, its act word is that episode's, not one of the country it names.
            if (sectionTeller is not null && !candidates.Contains(sectionTeller)) return null;
            // Undated, it must be about one country: an overview naming several episodes' countries is about none of them, nor is a list.
            var all = NamedCountries(passage, includeAdjectives: false, placesFirst: false);
            if ((episodes.For(all).Select(e => e.Targets[0]).Distinct().Count() > 1 || IsList(passage, all, episodes))
                && !Continues(passage, previous))
                return null;
            // Undated and naming its countries only by adjectives ("Japanese invasion plans"), it is loosely about them and of the
            // time its paragraph last gave: an episode of theirs from other years is another story. A sentence naming the country
            // or its city ("in Sofia") is about it, whatever its paragraph told before (a scrape may run a whole article on one line).
            if (told.Count > 0 && all.Count == 0) candidates = candidates.Where(e => Fits(told, e)).ToList();
        }

        if (candidates.Count <= 1) return candidates.FirstOrDefault();
        if (previous is not null && owners.Of(previous) is { } last && candidates.Contains(last) && Adjacent(passage, previous)) return last;

        var byActors = ByActors(passage, candidates, NamedCountries(passage, includeAdjectives: false).Count > 0);
        if (byActors.Count > 0 && (byActors.Count == 1 || byActors[0].Shared > byActors[1].Shared)) return byActors[0].Episode;

        // The country named last is usually the one the sentence is about ("German forces and their Hungarian troops").
        var lastNamed = named[^1];
        var forLast = candidates.Where(e => e.Targets.Contains(lastNamed)).ToList();
        return forLast.Count == 1 ? forLast[0] : null;
    }

    // A dated passage continues its neighbour's episode only within its years ("In 1987, the Soviet leader ..." after 1968 does not).
    /// <summary>
    /// Candidates by the passage's actors they share, most first. Among the episodes its own document already tells, every
    /// mention of an actor some of them lack counts (the Red Army, on all of them, does not); otherwise only actors some
    /// candidate lacks do: Stalin at a 1939 meeting says nothing of which of two later German episodes it belongs to, Amin and
    /// Karmal do of which Afghan one. A passage naming its country only
    /// by an adjective ("the German ambassador") is too loosely about it to be placed by actors in a document telling none.
    /// </summary>
    private static List<(EpisodeDraft Episode, int Shared)> ByActors(PassageDraft passage, List<EpisodeDraft> candidates, bool namesCountry)
    {
        var actors = passage.Actors.Select(a => a.ActorSlug).ToHashSet();
        var told = candidates.Where(e => e.Passages.Any(p => p.Document == passage.Document)).ToList();
        if (told.Count > 0)
        {
            // "Finnish intelligence had overestimated the strength of the Red Army" is no more one war's than another's.
            var onAll = told.Select(e => e.Passages.SelectMany(p => p.Actors).Select(a => a.ActorSlug).ToHashSet()).Aggregate((a, b) => [.. a.Intersect(b)]);
            return told.Select(e => (Episode: e, Shared: e.Passages.SelectMany(p => p.Actors).Count(a => actors.Contains(a.ActorSlug) && (told.Count == 1 || !onAll.Contains(a.ActorSlug)))))
                .Where(x => x.Shared > 0).OrderByDescending(x => x.Shared).ToList();
        }
        if (!namesCountry) return [];
        var named = candidates.Select(e => (Episode: e, Actors: e.Passages.SelectMany(p => p.Actors).Select(a => a.ActorSlug).Where(actors.Contains).ToHashSet())).ToList();
        var everywhere = named.Select(x => x.Actors).Aggregate((a, b) => [.. a.Intersect(b)]);
        return named.Select(x => (x.Episode, Shared: x.Actors.Count(a => !everywhere.Contains(a))))
            .Where(x => x.Shared > 0).OrderByDescending(x => x.Shared).ToList();
    }

    // A passage naming its own years continues a neighbour's episode only when they lie within a year of it: "production grew
    // in 1936-1941" beside a 1940 episode tells a longer story.
    private bool Continues(PassageDraft passage, PassageDraft? previous) =>
        previous is not null && owners.Of(previous) is { } episode
        && passage.Block.Kind != PassageKind.Caption
        && Adjacent(passage, previous)
        && passage.Block.Section == previous.Block.Section
        && passage.YearSpans.All(y => episode.Overlaps(y.From, y.From, slack: 1) && episode.Overlaps(y.To, y.To, slack: 1));

    /// <summary>
    /// An intervention word that names an act rather than points back at one: "gave a public speech in Bucharest on the day of
    /// the invasion" names no invasion of Romania, only the one its section tells; "the invasion of Hungary", "the Soviet
    /// invasion", "troops invaded" and "the missiles" (forces, not an act) are words of their own.
    /// </summary>
    private bool NamesAnAct(string text) =>
        rules.InterventionWords.Occurrences(text).Any(word => !PointsBack(text, word.Index, word.Length));

    private bool PointsBack(string text, int index, int length)
    {
        if (!rules.ActNouns.Contains(text.Substring(index, length))) return false;
        var before = LastWord(text.AsSpan(0, index).TrimEnd(), out _);
        if (!before.Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
        var after = text.AsSpan(index + length).TrimStart();
        var next = after.IndexOfAny(' ', ',', '.');
        var word = next < 0 ? after : after[..next];
        return !(word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("in", StringComparison.OrdinalIgnoreCase)
            || word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("into", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The Soviet side is the object of the passage's act ("Germany and Finland invaded the USSR"): a war on the Soviet Union,
    /// not an intervention of it, so the act's words place it in no episode: the act's verb stands right before the Soviet side.
    /// </summary>
    private bool ActedUpon(PassageDraft passage) => passage.Countries
        .Where(m => interveners.Contains(m.CountrySlug) && m.Form != MentionForm.Adjective)
        .Any(m =>
        {
            var word = LastWord(passage.Text.AsSpan(0, m.Index).TrimEnd(), out var rest);
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase)) word = LastWord(rest, out _);
            return word.Length > 0 && char.IsLower(word[0]) && rules.InterventionWords.AnyIn(word.ToString());
        });

    // The block right before, in the same paragraph or the line above: blocks split from one line (a scraped paragraph)
    // share its line number, so the line alone would join a sentence to any earlier one of its paragraph.
    private static bool Adjacent(PassageDraft passage, PassageDraft previous) =>
        passage.Document == previous.Document && passage.Position - previous.Position == 1 && passage.Block.Line - previous.Block.Line <= 1;

    /// <summary>
    /// The passage's years meet the episode's: one of them overlaps it, or every one of them lies within a year of it
    /// (the run-up or the aftermath). A passage that also names years further away ("from 1941 to 1944" beside a 1945
    /// episode, a war's overview from 1939) tells a longer story than the episode's.
    /// </summary>
    public static bool Fits(IReadOnlyList<(int From, int To)> years, EpisodeDraft episode) =>
        years.Any(y => episode.Overlaps(y.From, y.To))
        || (years.Count > 0 && years.All(y => episode.Overlaps(y.From, y.From, slack: 1) && episode.Overlaps(y.To, y.To, slack: 1)));

    /// <summary>
    /// Countries a passage names as possible targets, in order: places first when there are any
    /// (a region names its state more precisely than a passing country name), never the intervener
    /// nor a country named as the agent ("handed over by Nazi Germany").
    /// </summary>
    public List<string> NamedCountries(PassageDraft passage, bool includeAdjectives, int after = 0, bool placesFirst = true, Func<CountryMention, bool>? skip = null)
    {
        var mentions = passage.Countries
            .Where(m => m.Index >= after && !interveners.Contains(m.CountrySlug) && skip?.Invoke(m) != true)
            .Where(m => includeAdjectives || m.Form != MentionForm.Adjective)
            .Where(m => !IsAgent(passage.Text, m.Index))
            .ToList();
        var places = mentions.Where(m => m.Form == MentionForm.Place).ToList();
        var chosen = places.Count > 0 && placesFirst ? places : mentions;
        return chosen.Select(m => m.CountrySlug).Distinct().ToList();
    }

    // From a sentence's opening aside word to its first comma: "Apart from the pact and post-war division of Germany," (data/episode-rules.json's asideOpeners).
    private List<(int Start, int End)> AsideSpans(string text)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var opener in rules.AsideOpeners)
            for (var at = text.IndexOf(opener, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(opener, at + opener.Length, StringComparison.OrdinalIgnoreCase))
            {
                var before = text.AsSpan(0, at).TrimEnd();
                var opensSentence = before.Length == 0 || before[^1] is '.' or '!' or '?';
                var end = at + opener.Length;
                if (!opensSentence || end < text.Length && char.IsLetter(text[end])) continue;
                var comma = text.IndexOfAny([',', '.', ';'], end);
                if (comma < 0 || text[comma] != ',') continue;
                // "Apart from brief clashes the Red Army stayed out until 1939, when …" runs into the main clause (a year there dates
                // the sentence's own story); "Apart from Finland, which the Red Army invaded, …" goes on to tell it: neither sets its
                // country aside.
                if (text.AsSpan(at, comma - at).ContainsAny(Digits) || RelativeAfter(text, comma)) continue;
                spans.Add((at, comma));
            }
        return spans;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private static bool RelativeAfter(string text, int comma) =>
        text.AsSpan(comma + 1).TrimStart() is var rest && (rest.StartsWith("which ") || rest.StartsWith("who ") || rest.StartsWith("where ") || rest.StartsWith("whose "));

    private bool IsAgent(string text, int index)
    {
        // A span, not a substring: a copy of everything before each mention made long passages quadratic.
        var before = text.AsSpan(0, index).TrimEnd();
        // "by Finland and Nazi Germany": a name coordinated with the agent is an agent too.
        for (var names = 0; names < 3; names++)
        {
            var word = LastWord(before, out var rest);
            // "by Nazi Germany": skip one adjective-like capitalised word before the name.
            if (word.Length > 0 && char.IsUpper(word[0]) && rest.Length > 0) word = LastWord(before = rest, out rest);
            if (rules.AgentWords.Contains(word.ToString())) return true;
            if (word is not ("and" or "or") || rest.Length == 0) return false;
            LastWord(rest, out before);
        }
        return false;
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        var space = text.LastIndexOf(' ');
        rest = space < 0 ? [] : text[..space].TrimEnd();
        return text[(space + 1)..];
    }
}
