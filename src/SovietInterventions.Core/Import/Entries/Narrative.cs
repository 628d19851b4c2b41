using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>A passage as an episode's narrative shows it, with the passages that say the same again (shown once, cited here).</summary>
public sealed record NarrativePassage(string SourceSlug, string SourceTitle, string SectionPath, PassageKind Kind, string Text, int Position)
{
    public string SourceLabel => Narrative.Label(SourceTitle, SectionPath);
    /// <summary>The same text in other passages, shown once here.</summary>
    public IReadOnlyList<NarrativePassage> AlsoIn { get; init; } = [];
}

/// <summary>A run of the narrative: the episode's own passages (no heading), or passages from another section under its heading.</summary>
public sealed record NarrativeSection(string? Heading, IReadOnlyList<NarrativePassage> Passages);

/// <summary>
/// Orders an episode's passages as a narrative: those of its own sections (the headings attached to it, or with none the
/// sections its lead or infobox cites) and those its lead cites come first, in document order, never opening with a passage that points back at something not
/// shown; passages taken from other sections follow under their heading. Repeats are shown once. Other sections, and a document
/// that is a whole article on the episode, are read only for the passages telling the Soviet side's part (<see cref="EpisodeFacts.Told"/>). Arranged at import
/// (<see cref="Writing.DatabaseWriter"/> writes the order), so the page only reads it.
/// </summary>
public static class Narrative
{
    /// <param name="cited">The passages the lead cites.</param>
    /// <param name="citedByInfobox">The passages the infobox cites: they say which sections are the episode's only where it has
    /// no heading of its own; otherwise a result or a force cited from the middle of another document's account reads in its place there.</param>
    /// <param name="told">The passages that tell the Soviet side's part (<see cref="EpisodeFacts.Told"/>); with none given, every passage is read.</param>
    public static List<NarrativeSection> Arrange(IReadOnlyList<NarrativePassage> passages, IReadOnlySet<(string Source, int Position)> cited,
        IReadOnlySet<(string Source, int Position)>? citedByInfobox = null, IReadOnlySet<(string Source, int Position)>? told = null)
    {
        var ownPaths = passages.Where(p => p.Kind == PassageKind.Heading).Select(p => p.SectionPath).ToHashSet(StringComparer.Ordinal);
        if (ownPaths.Count == 0 && citedByInfobox is not null) cited = cited.Union(citedByInfobox).ToHashSet();
        var prose = passages.Where(p => p.Kind != PassageKind.Heading).ToList();
        var telling = told is null ? null : Telling(prose, told.Union(cited).ToHashSet());
        // With no heading of its own, the sections the lead cites are the episode's: read from their start, not from the cited sentence.
        if (ownPaths.Count == 0)
            ownPaths = prose.Where(p => cited.Contains((p.SourceSlug, p.Position))).Select(p => p.SectionPath).ToHashSet(StringComparer.Ordinal);
        bool IsOwn(NarrativePassage p) =>
            (ownPaths.Count == 0 && cited.Count == 0)
            || cited.Contains((p.SourceSlug, p.Position))
            || ownPaths.Any(path => p.SectionPath == path || p.SectionPath.StartsWith(path + " \u203a ", StringComparison.Ordinal));

        var headed = passages.Where(p => p.Kind == PassageKind.Heading).Select(p => p.SourceSlug).ToHashSet(StringComparer.Ordinal);
        // An article with no passage telling the Soviet side's part is read whole: nothing else says what it is about.
        var articles = prose.Where(IsOwn).GroupBy(p => p.SourceSlug).Where(g => g.Count() > LongestWholeArticle && g.Any(p => telling?.Contains(p) == true))
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var own = OpenCleanly(OwnOrder(prose.Where(p => IsOwn(p) && (telling is null || !articles.Contains(p.SourceSlug) || telling.Contains(p))),
            headed, LeadWords.Shipped));
        // Another section's passage is read here only for the Soviet side's part it tells, the rest being another story's setting;
        // all of them when nothing else tells the episode.
        var nothingElseTells = own.Count == 0 && telling?.Any(t => !IsOwn(t)) != true;
        var others = prose.Where(p => !IsOwn(p) && (telling is null || telling.Contains(p) || nothingElseTells)).ToList();
        // Own passages that all point back cannot open the page: they join the others, whose sources read first.
        var pointingBack = own.Count > 0 && ReferBack.Opens(own[0].Text) ? own.Select(p => p.SourceSlug).ToHashSet(StringComparer.Ordinal) : [];
        if (pointingBack.Count > 0) (own, others) = ([], [.. own, .. others]);
        var elsewhere = InDocumentOrder(others).OrderBy(p => pointingBack.Contains(p.SourceSlug)).ToList();
        var ownCount = own.Count;
        var folded = Repeats.Fold(own.Concat(elsewhere));
        var sections = new List<NarrativeSection>();
        var ownKept = folded.Where(p => own.Contains(p, ByPlace)).ToList();
        if (ownKept.Count > 0) sections.Add(new NarrativeSection(null, ownKept));
        var rest = folded.Where(p => !own.Contains(p, ByPlace)).ToList();
        if (ownCount == 0) rest = OpenCleanly(rest);
        foreach (var run in rest.GroupBy(p => (p.SourceSlug, p.SectionPath)))
            sections.Add(new NarrativeSection(run.First().SourceLabel, [.. run]));
        return sections;
    }

    /// <summary>The most passages of its own an entry reads whole from one document: one giving more is an article on the episode.</summary>
    public const int LongestWholeArticle = 20;

    // An article on the episode, and another story's section, are read for the Soviet side's part: the passages that tell it, each
    // with the one before it when it points back at it ("He could not stop the Allies …"); the rest is the setting, which the
    // source page reads in full.
    static HashSet<NarrativePassage> Telling(List<NarrativePassage> prose, IReadOnlySet<(string Source, int Position)> told)
    {
        var at = prose.ToDictionary(p => (p.SourceSlug, p.Position));
        var kept = prose.Where(p => told.Contains((p.SourceSlug, p.Position))).ToHashSet(ByPlace);
        foreach (var p in kept.ToList())
            for (var next = p; ReferBack.Opens(next.Text) && at.TryGetValue((next.SourceSlug, next.Position - 1), out var before) && before.SectionPath == next.SectionPath; next = before)
                kept.Add(before);
        return kept;
    }

    // A document in which the episode has a section of its own reads before one it is only cited from: a section tells from its
    // beginning, a cited passage from its middle. An aftermath section ("Prague Spring › Aftermath") reads after the act it follows.
    static List<NarrativePassage> OwnOrder(IEnumerable<NarrativePassage> passages, IReadOnlySet<string> headed, LeadWords words) =>
        [.. passages.GroupBy(p => p.SourceSlug).OrderByDescending(g => headed.Contains(g.Key))
            .ThenByDescending(g => g.Count()).ThenBy(g => g.First().SourceTitle, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(p => p.Position)).OrderBy(p => words.IsAftermath(p.SectionPath))];

    // The document telling most of the episode reads first, each document in its own order.
    static List<NarrativePassage> InDocumentOrder(IEnumerable<NarrativePassage> passages) =>
        [.. passages.GroupBy(p => p.SourceSlug)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().SourceTitle, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(p => p.Position))];

    // The first passage that stands on its own opens; the ones before it follow it in their order.
    static List<NarrativePassage> OpenCleanly(List<NarrativePassage> passages)
    {
        var opener = passages.FindIndex(p => !ReferBack.Opens(p.Text));
        if (opener <= 0) return passages;
        var reordered = new List<NarrativePassage> { passages[opener] };
        reordered.AddRange(passages.Where((_, i) => i != opener));
        return reordered;
    }

    /// <summary>How a passage's place is named: its section path, which normally starts with the document title, or the title
    /// and the path when it does not.</summary>
    public static string Label(string title, string sectionPath) =>
        sectionPath.Length == 0 ? title
        : sectionPath.StartsWith(title, StringComparison.Ordinal) ? sectionPath
        : $"{title} \u203a {sectionPath}";

    static readonly PlaceComparer ByPlace = new();

    sealed class PlaceComparer : IEqualityComparer<NarrativePassage>
    {
        public bool Equals(NarrativePassage? x, NarrativePassage? y) =>
            x?.SourceSlug == y?.SourceSlug && x?.Position == y?.Position;
        public int GetHashCode(NarrativePassage p) => HashCode.Combine(p.SourceSlug, p.Position);
    }
}
