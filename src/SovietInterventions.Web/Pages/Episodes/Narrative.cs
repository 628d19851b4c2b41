using SovietInterventions.Core.Data;
using Repeats = SovietInterventions.Core.Import.Entries.Repeats;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Episodes;

/// <summary>A run of the narrative: the episode's own passages (no heading), or passages from another section under its heading.</summary>
public sealed record NarrativeSection(string? Heading, IReadOnlyList<ShowModel.NarrativePassage> Passages);

/// <summary>A document's passages on the episode that the narrative leaves out, the setting of the Soviet side's part: the
/// first of them, to read on from on the source page, and how many.</summary>
public sealed record UntoldPassages(string SourceSlug, string SourceTitle, int FirstPosition, int Count)
{
    public string Href => SitePaths.Passage(SourceSlug, FirstPosition);
}

/// <summary>
/// Reads an episode's narrative and its timeline as the import arranged them (Core's Import/Entries: Narrative, Repeats):
/// passages in their order with repeats cited beside the passage they repeat, events already folded with every source.
/// An edition written before the import arranged them has no such rows: its page shows the episode's passages in
/// document order and its events one per sentence, as they were stored.
/// </summary>
public static class Narrative
{
    /// <summary>Whether the database holds the arranged narrative and the folded events' further sources (its tables, <see cref="Hosting.DatabaseTables"/>).</summary>
    public static bool IsArranged(IReadOnlySet<string> tables) => tables.Contains("NarrativeEntries") && tables.Contains("EventSources");

    /// <param name="events">The episode's timeline (<see cref="EventsAsync"/>): an event it folded from several passages is read once
    /// in the narrative too.</param>
    public static async Task<List<NarrativeSection>> LoadAsync(EncyclopediaDb db, int episodeId, bool arranged, IReadOnlyList<ShowModel.NarrativePassage> passages,
        IReadOnlyList<ShowModel.EventLine> events)
    {
        if (!arranged)
        {
            var prose = passages.Where(p => p.Kind != PassageKind.Heading).ToList();
            return prose.Count == 0 ? [] : [new NarrativeSection(null, prose)];
        }
        var entries = await db.ReadAsync(connection => connection.Rows("""
            SELECT n."PassageId", n."Elsewhere", n."RepeatOfPassageId", s."Slug", s."Title", p."SectionPath", p."Kind", p."Text", p."Position"
            FROM "NarrativeEntries" AS n
            JOIN "Passages" AS p ON n."PassageId" = p."Id"
            JOIN "Sources" AS s ON p."SourceDocumentId" = s."Id"
            WHERE n."EpisodeId" = @id
            ORDER BY n."Order"
            """, r => (PassageId: r.GetInt32(0), Elsewhere: r.GetBoolean(1), RepeatOfPassageId: r.Int32OrNull(2),
                Passage: ShowModel.Passage(r, 3)),
            ("@id", episodeId)));
        var repeats = entries.Where(n => n.RepeatOfPassageId is not null).ToLookup(n => n.RepeatOfPassageId!.Value, n => n.Passage.Ref);
        var sections = new List<NarrativeSection>();
        foreach (var n in entries.Where(n => n.RepeatOfPassageId is null))
        {
            var shown = n.Passage with { AlsoIn = [.. repeats[n.PassageId]] };
            var heading = n.Elsewhere ? shown.SourceLabel : null;
            var last = sections.Count > 0 ? sections[^1] : null;
            // A run goes on while its passages share the section: the episode's own run, or one other section.
            if (last is not null && last.Heading == heading && (heading is null || SameSection(last.Passages[^1], shown)))
                sections[^1] = last with { Passages = [.. last.Passages, shown] };
            else
                sections.Add(new NarrativeSection(heading, [shown]));
        }
        return WithoutRestatedSentences(sections, events);
    }

    // A sentence another source restates in other words, or an event the timeline folded told again, is read once: the later telling
    // shows "[…]" in its place, and a passage that only restates is cited beside the one it restates (Core's Repeats).
    public static List<NarrativeSection> WithoutRestatedSentences(List<NarrativeSection> sections, IReadOnlyList<ShowModel.EventLine>? events = null)
    {
        var passages = sections.SelectMany(s => s.Passages).ToList();
        var at = passages.Select((p, i) => (p.SourceSlug, p.Position, i)).DistinctBy(x => (x.SourceSlug, x.Position)).ToDictionary(x => (x.SourceSlug, x.Position), x => x.i);
        var folded = (events ?? []).Where(e => e.AlsoIn.Count > 0)
            .Select(e => (e.Date, Passages: (IReadOnlyList<int>)[.. e.Sources.Select(s => at.GetValueOrDefault((s.SourceSlug, s.Position), -1))]))
            .ToList();
        var shown = Repeats.WithoutRestatedSentences([.. passages.Select(p => p.Text)], folded);
        var told = passages.Select((p, i) => p with { Shown = shown[i].Text }).ToList();
        for (var i = 0; i < told.Count; i++)
            if (shown[i].Restates is { } earlier) told[earlier] = told[earlier] with { AlsoIn = [.. told[earlier].AlsoIn, told[i].Ref, .. told[i].AlsoIn] };
        var next = 0;
        var kept = new List<NarrativeSection>();
        foreach (var section in sections)
        {
            var own = section.Passages.Select(_ => next++).Where(i => shown[i].Restates is null).Select(i => told[i]).ToList();
            if (own.Count > 0) kept.Add(section with { Passages = own });
        }
        return kept;
    }

    /// <summary>The episode's passages, by document, that its narrative neither shows nor cites as a repeat: the import reads an
    /// article on the episode, or another story's section, only for the Soviet side's part (Core's Import/Entries/Narrative).</summary>
    public static List<UntoldPassages> Untold(IReadOnlyList<ShowModel.NarrativePassage> passages, IReadOnlyList<NarrativeSection> narrative)
    {
        var read = narrative.SelectMany(s => s.Passages).SelectMany(p => p.AlsoIn.Prepend(p.Ref)).Select(r => (r.SourceSlug, r.Position)).ToHashSet();
        return [.. passages.Where(p => p.Kind != PassageKind.Heading && !read.Contains((p.SourceSlug, p.Position)))
            .GroupBy(p => (p.SourceSlug, p.SourceTitle))
            .Select(g => new UntoldPassages(g.Key.SourceSlug, g.Key.SourceTitle, g.Min(p => p.Position), g.Count()))];
    }

    static bool SameSection(ShowModel.NarrativePassage a, ShowModel.NarrativePassage b) => a.SourceSlug == b.SourceSlug && a.SectionPath == b.SectionPath;

    /// <summary>The episode's events by date, each citing every passage that tells it.</summary>
    public static async Task<List<ShowModel.EventLine>> EventsAsync(EncyclopediaDb db, int episodeId, bool arranged)
    {
        var (lines, sources) = await db.ReadAsync(connection =>
        {
            var events = connection.Rows("""
                SELECT e."Id", e."Date", e."Text", p."Id" IS NULL, s."Slug", s."Title", p."Position"
                FROM "Events" AS e
                LEFT JOIN "Passages" AS p ON e."PassageId" = p."Id"
                LEFT JOIN "Sources" AS s ON p."SourceDocumentId" = s."Id"
                WHERE e."EpisodeId" = @id
                ORDER BY e."Date", e."Id"
                """, r => (Id: r.GetInt32(0), Line: new ShowModel.EventLine(r.GetString(1), r.GetString(2),
                    r.GetBoolean(3) ? null : ShowModel.Source(r, 4))), ("@id", episodeId));
            ILookup<int, ShowModel.SourceRef>? further = null;
            if (arranged && events.Count > 0) further = connection.Rows("""
                SELECT e."EventId", s."Slug", s."Title", p."Position"
                FROM "EventSources" AS e
                JOIN "Passages" AS p ON e."PassageId" = p."Id"
                JOIN "Sources" AS s ON p."SourceDocumentId" = s."Id"
                WHERE e."EventId" IN (SELECT "value" FROM json_each(@ids))
                ORDER BY e."EventId", e."Order"
                """, r => (EventId: r.GetInt32(0), Source: ShowModel.Source(r, 1)),
                ("@ids", PlainQueries.Json([.. events.Select(v => v.Id)]))).ToLookup(s => s.EventId, s => s.Source);
            return (events, further);
        });
        if (sources is null) return [.. lines.Select(v => v.Line)];
        return [.. lines.Select(v => v.Line with { AlsoIn = [.. sources[v.Id]] })];
    }
}
