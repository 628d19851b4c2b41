using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Episodes.Merging;

/// <summary>
/// Passages of a continuing story that name neither their country nor a year ("Amin was killed in the fighting, and
/// Karmal was put in his place"), placed by what surrounds them once <see cref="PassageAttacher"/> has placed the rest:
/// the section under a heading naming the country whose episode the section's claims made, the held sentence before it in
/// its paragraph, held passages of one episode on either side in its section, or a person listed on one episode only.
/// A passage naming another country, or years that do not fit, stays out.
/// </summary>
internal sealed class StoryPassages(PassageAttacher attacher, PassageOwners owners, Func<string, EpisodeDraft, bool> servesAnother,
    Func<PassageDraft, EpisodeDraft, bool> goesOnWithAnother)
{
    /// <summary>Places what it can of <paramref name="left"/>, in document order, so a placed sentence can carry the next.</summary>
    public void Attach(IReadOnlyList<PassageDraft> left, IReadOnlyList<PassageDraft> all, IReadOnlyList<EpisodeDraft> episodes)
    {
        if (episodes.Count == 0) return;
        var targets = episodes.SelectMany(e => e.Targets).ToHashSet(StringComparer.Ordinal);
        var layout = Layout.Of(all);
        var listed = Listed(episodes);
        // How many passages named each actor on each episode before any story passage joined it: a third power's person a
        // passage placed here names is not vouched for by it.
        var passagesNaming = episodes.SelectMany(e => e.Passages.SelectMany(Counted).Select(a => (a, e))).CountBy(x => x).ToDictionary();
        foreach (var passage in left.Where(p => !p.IsHeading && p.Block.Kind != PassageKind.Caption && !owners.Holds(p)))
        {
            var episode = UnderCountryHeading(passage, layout);
            var joins = episode is not null && !NamesOther(passage, episode, targets);
            if (!joins)
            {
                episode = SameParagraph(passage, layout) ?? Between(passage, layout) ?? ByActors(passage, layout, listed, passagesNaming);
                joins = episode is not null && !NamesOther(passage, episode, null);
            }
            if (!joins || NamesSomeoneElses(passage, episode!, listed)) continue;
            episode!.Add(passage);
            foreach (var actor in Counted(passage)) listed.TryAdd(actor, []);
            foreach (var actor in Counted(passage)) listed[actor].Add(episode);
        }
    }

    /// <summary>
    /// A section whose heading names a country ("South Yemen"; "The fall of the Shah" names none) and whose claims made one
    /// episode of it: its passages belong to that episode, those dated a year or two before as its background.
    /// </summary>
    private EpisodeDraft? UnderCountryHeading(PassageDraft passage, Layout layout)
    {
        if (passage.Block.Section is not { } section) return null;
        var key = (passage.Document, section);
        if (!layout.MadeUnder.TryGetValue(key, out var made))
            layout.MadeUnder[key] = made = MadeUnder(layout.Sections[key]);
        if (made.Count != 1 || goesOnWithAnother(passage, made[0])) return null;
        var years = passage.YearSpans.ToList();
        return Fits(years, made[0]) || years.All(y => y.From >= made[0].StartYear - 2 && y.To <= made[0].EndYear) ? made[0] : null;
    }

    // The episodes of the heading's countries that the section's own passages made (computed once per section).
    private List<EpisodeDraft> MadeUnder(List<PassageDraft> section)
    {
        if (section.FirstOrDefault(p => p.IsHeading) is not { } heading) return [];
        var named = attacher.NamedCountries(heading, includeAdjectives: true, placesFirst: false);
        return [.. section.Select(owners.Of).OfType<EpisodeDraft>().Where(e => e.Targets.Intersect(named).Any()).Distinct()];
    }

    /// <summary>
    /// What one <see cref="Attach"/> looks up once, so a document of many thousand passages stays linear: each document's
    /// passages, each passage's place among them, each section's passages, and (filled as asked) the episodes each section made.
    /// </summary>
    private sealed record Layout(
        Dictionary<ParsedDocument, List<PassageDraft>> Documents,
        Dictionary<PassageDraft, int> Positions,
        Dictionary<(ParsedDocument, Heading), List<PassageDraft>> Sections)
    {
        public Dictionary<(ParsedDocument, Heading), List<EpisodeDraft>> MadeUnder { get; } = [];

        public static Layout Of(IReadOnlyList<PassageDraft> all)
        {
            var documents = all.GroupBy(p => p.Document).ToDictionary(g => g.Key, g => g.ToList());
            return new Layout(
                documents,
                documents.Values.SelectMany(d => d.Select((p, i) => (p, i))).ToDictionary(x => x.p, x => x.i),
                all.Where(p => p.Block.Section is not null).GroupBy(p => (p.Document, p.Block.Section!)).ToDictionary(g => g.Key, g => g.ToList()));
        }
    }

    /// <summary>
    /// A sentence cut from the same paragraph as the held sentence just before it (a transcript's turn, a scraped line); a
    /// sentence left out in between breaks the chain, so one misplaced sentence does not carry the rest of its paragraph.
    /// </summary>
    private EpisodeDraft? SameParagraph(PassageDraft passage, Layout layout)
    {
        var (document, at) = (layout.Documents[passage.Document], layout.Positions[passage]);
        if (at == 0 || document[at - 1] is not { IsHeading: false } previous || previous.Block.Line != passage.Block.Line) return null;
        return owners.Of(previous) is { } episode && Fits([.. passage.YearSpans], episode) ? episode : null;
    }

    /// <summary>
    /// The nearest held passages before and after it in its section belong to one episode whose years it fits, and lie
    /// within a few paragraphs of each other: a long stretch between two mentions of a war is not all about the war.
    /// </summary>
    private EpisodeDraft? Between(PassageDraft passage, Layout layout)
    {
        var (document, at) = (layout.Documents[passage.Document], layout.Positions[passage]);
        var (before, from) = Nearest(document, at, -1, passage.Block.Section);
        var (after, to) = Nearest(document, at, +1, passage.Block.Section);
        if (before is null || before != after || !Fits([.. passage.YearSpans], before)) return null;
        var paragraphs = document.Skip(from + 1).Take(to - from - 1).Select(p => p.Block.Line)
            .Where(l => l != document[from].Block.Line && l != document[to].Block.Line).Distinct().Count();
        return paragraphs <= MaxParagraphsBetween ? before : null;
    }

    private const int MaxParagraphsBetween = 3;
    // How far to look for a held passage on either side: a few paragraphs of a few sentences each.
    private const int MaxSteps = 40;

    private (EpisodeDraft? Episode, int At) Nearest(List<PassageDraft> document, int at, int step, Heading? section)
    {
        for (var i = at + step; i >= 0 && i < document.Count && Math.Abs(i - at) <= MaxSteps && document[i].Block.Section == section; i += step)
            if (!document[i].IsHeading && owners.Of(document[i]) is { } episode) return (episode, i);
        return (null, -1);
    }

    /// <summary>
    /// A passage naming a person or force listed on one episode only, and there by a passage of its own document ("Karmal" on
    /// the Afghan episode), joins it when its years fit. Stalin or the Red Army, listed on many, place nothing; nor does someone
    /// who served a third power and was named in only one of the episode's passages, where the passage or the sentences before
    /// it in its paragraph are dated outside the episode (Ribbentrop, named in passing on the Bessarabian episode of 1940, is
    /// not its story at the Berghof in 1939, nor "thereafter").
    /// </summary>
    private EpisodeDraft? ByActors(PassageDraft passage, Layout layout, Dictionary<string, HashSet<EpisodeDraft>> listed,
        Dictionary<(string, EpisodeDraft), int> passagesNaming)
    {
        var found = Counted(passage).Where(a => listed.GetValueOrDefault(a)?.Count == 1 && !NamedInPassing(passage, layout, a, listed[a].Single(), passagesNaming))
            .Select(a => (Actor: a, Episode: listed[a].Single()))
            .Where(x => x.Episode.Passages.Any(p => p.Document == passage.Document && p.Actors.Any(m => m.ActorSlug == x.Actor)))
            .Select(x => x.Episode).Distinct().ToList();
        return found.Count == 1 && Fits([.. passage.YearSpans], found[0]) ? found[0] : null;
    }

    private bool NamedInPassing(PassageDraft passage, Layout layout, string actor, EpisodeDraft episode, Dictionary<(string, EpisodeDraft), int> passagesNaming) =>
        servesAnother(actor, episode) && passagesNaming.GetValueOrDefault((actor, episode)) <= 1
        && ToldAt(passage, layout).Any(y => !episode.Overlaps(y.From, y.To));

    // The passage's years, or with none those of the last dated sentence before it in its paragraph.
    private static IEnumerable<(int From, int To)> ToldAt(PassageDraft passage, Layout layout)
    {
        var (document, at) = (layout.Documents[passage.Document], layout.Positions[passage]);
        for (var i = at; i >= 0 && document[i].Block.Line == passage.Block.Line && !document[i].IsHeading; i--)
            if (document[i].YearSpans.Any()) return document[i].YearSpans;
        return [];
    }

    // "Gorbachev's own reforms" beside the Prague Spring: someone listed on other episodes but not this one speaks of another time;
    // a passage whose own years fit the episode is of its time, whoever else it names ("… decided on 12 December 1979").
    private static bool NamesSomeoneElses(PassageDraft passage, EpisodeDraft episode, Dictionary<string, HashSet<EpisodeDraft>> listed) =>
        !passage.YearSpans.Any() && Counted(passage).Any(a => listed.GetValueOrDefault(a) is { Count: > 0 } on && !on.Contains(episode));

    private static IEnumerable<string> Counted(PassageDraft passage) =>
        passage.Actors.Where(a => a.Type is ActorType.Person or ActorType.ArmedForce).Select(a => a.ActorSlug).Distinct();

    /// <summary>The episodes each person or armed force is listed on.</summary>
    private static Dictionary<string, HashSet<EpisodeDraft>> Listed(IReadOnlyList<EpisodeDraft> episodes) => episodes
        .SelectMany(e => e.Passages.SelectMany(Counted).Distinct().Select(a => (Actor: a, Episode: e)))
        .GroupBy(x => x.Actor).ToDictionary(g => g.Key, g => g.Select(x => x.Episode).ToHashSet());

    private static bool Fits(List<(int From, int To)> years, EpisodeDraft episode) => years.Count == 0 || PassageAttacher.Fits(years, episode);

    // Under a country's heading only another episode's country speaks against a passage ("Somalia expels the advisers" stays
    // under Ethiopia); elsewhere any other country does ("the British delegation" between two Finnish sentences).
    private bool NamesOther(PassageDraft passage, EpisodeDraft episode, HashSet<string>? onlyThese) =>
        attacher.NamedCountries(passage, includeAdjectives: true, placesFirst: false)
            .Any(c => !episode.Targets.Contains(c) && (onlyThese is null || onlyThese.Contains(c)));
}
