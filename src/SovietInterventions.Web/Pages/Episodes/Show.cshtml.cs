using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Hosting;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Episodes;

public sealed class ShowModel(EncyclopediaDb db, DatabaseTables databaseTables, PublicUrl publicUrl, TimeProvider clock) : PageModel
{
    /// <summary>A passage a fact comes from: its document, how to name it, and its anchor there.</summary>
    public sealed record SourceRef(string SourceSlug, string Label, int Position)
    {
        public string Href => SitePaths.Passage(SourceSlug, Position);
    }
    public sealed record CountryLink(string Slug, string Name, CountryRole Role, int? PassageId);
    public sealed record ActorLink(string Slug, string Name, ActorType Type, string Role, bool AlsoMentioned);
    public sealed record NarrativePassage(string SourceSlug, string SourceTitle, string SectionPath, PassageKind Kind, string Text, int Position)
    {
        public string SourceLabel => SourceSection.Label(SourceTitle, SectionPath);
        public SourceRef Ref => new(SourceSlug, SourceLabel, Position);
        /// <summary>The same text in other passages, shown once here.</summary>
        public IReadOnlyList<SourceRef> AlsoIn { get; init; } = [];
        /// <summary>The text as the narrative shows it: sentences told earlier on the page left out (<see cref="Narrative"/>).</summary>
        public string Shown { get => field ?? Text; init; }
    }
    public sealed record EventLine(string Date, string Text, SourceRef? Source)
    {
        public IReadOnlyList<SourceRef> AlsoIn { get; init; } = [];
        public IEnumerable<SourceRef> Sources => Source is null ? AlsoIn : AlsoIn.Prepend(Source);
    }
    public sealed record LeadLine(string Text, SourceRef Source);
    public sealed record InfoboxLine(InfoboxField Field, string Value, SourceRef Source);

    public sealed record EpisodePage(
        int Id, string Slug, string Title, EpisodeKind Kind, string Start, string? End, int StartYear, int EndYear,
        string Summary, string? Discrepancy,
        List<CountryLink> Countries, List<ActorLink> Actors, List<NarrativePassage> Passages, List<EventLine> Events,
        List<LeadLine> Lead, List<InfoboxLine> Infobox);

    /// <summary>One line of "Sources": the passages of one section of one document that the page cites.</summary>
    public sealed record SourceSection(string SourceSlug, string SourceTitle, string SectionPath, IReadOnlyList<int> Positions)
    {
        public string SourceLabel => Label(SourceTitle, SectionPath);
        public int FirstPosition => Positions[0];

        /// <summary>"passage 4", "passages 7–9", "passages 10, 17": only the passages cited, so a range never claims the ones between
        /// that the page leaves out.</summary>
        public string PositionsText
        {
            get
            {
                var runs = new List<string>();
                for (var i = 0; i < Positions.Count; i++)
                {
                    var start = i;
                    while (i + 1 < Positions.Count && Positions[i + 1] == Positions[i] + 1) i++;
                    runs.Add(start == i ? $"{Positions[i]}" : $"{Positions[start]}\u2013{Positions[i]}");
                }
                return (Positions.Count == 1 ? "passage " : "passages ") + string.Join(", ", runs);
            }
        }

        // SectionPath normally starts with the document title; say which document when it does not.
        public static string Label(string title, string sectionPath) => Core.Import.Entries.Narrative.Label(title, sectionPath);
    }

    public EpisodePage Episode { get; private set; } = null!;
    public IReadOnlyList<NarrativeSection> Narrative { get; private set; } = [];
    /// <summary>The episode's passages the narrative leaves out, by document.</summary>
    public IReadOnlyList<UntoldPassages> Untold { get; private set; } = [];
    public IReadOnlyList<SourceSection> Sources { get; private set; } = [];
    public IReadOnlyList<RelatedEpisode> Related { get; private set; } = [];
    public IReadOnlyDictionary<int, SourceRef> CountrySources { get; private set; } = new Dictionary<int, SourceRef>();
    public Decade Decade { get; private set; }
    public DecadeNeighbours Neighbours { get; private set; } = new(HtmlString.Empty, 0, 0);
    public IHtmlContent DecadeStrip => Neighbours.Svg;
    public string PermanentUrl { get; private set; } = "";
    public Citation Cite { get; private set; } = null!;

    public IEnumerable<CountryLink> Targets => Episode.Countries.Where(c => c.Role == CountryRole.Target);
    public IEnumerable<CountryLink> SupportedGovernments => Episode.Countries.Where(c => c.Role == CountryRole.SupportedGovernment);
    public IEnumerable<CountryLink> Participants => Episode.Countries.Where(c => c.Role == CountryRole.Participant);
    public IEnumerable<InfoboxLine> InfoboxRows(InfoboxField field) => Episode.Infobox.Where(i => i.Field == field);

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var episode = await EpisodeAsync(slug);
        if (episode is null) return await OldSlug.RedirectOrNotFound(this, db, SlugEntity.Episode, slug);

        // Passages of other episodes that also tell this one (shared, or cited by its lead or infobox): listed among
        // the sources, so every link on the page has its source listed, but not told again in the narrative.
        var id = episode.Id;
        // An edition from an older release may lack tables added since: its page is the simpler one it had then.
        var tables = await databaseTables.OfAsync(db);
        // Their ids first, each by its table's episode index: a test on every passage would read the whole corpus.
        var shared = await db.ReadAsync(connection => connection.Rows($"""
            SELECT s."Slug", s."Title", p."SectionPath", p."Kind", p."Text", p."Position"
            FROM "Passages" AS p
            JOIN "Sources" AS s ON p."SourceDocumentId" = s."Id"
            WHERE p."Id" IN (
                {(tables.Contains("SharedPassages") ? "SELECT \"PassageId\" FROM \"SharedPassages\" WHERE \"EpisodeId\" = @id UNION" : "")}
                SELECT "PassageId" FROM "LeadSentences" WHERE "EpisodeId" = @id
                UNION
                SELECT "PassageId" FROM "InfoboxEntries" WHERE "EpisodeId" = @id
            ) AND (p."EpisodeId" <> @id OR p."EpisodeId" IS NULL)
            """, r => Passage(r), ("@id", id)));
        Sources = SectionsOf(episode.Passages.Concat(shared).OrderBy(p => p.SourceTitle, StringComparer.Ordinal).ThenBy(p => p.Position));
        // The import arranged the narrative and folded the events; the page reads them, and leaves out of the narrative a sentence
        // that tells again an event the timeline folded (Narrative).
        var arranged = Episodes.Narrative.IsArranged(tables);
        var events = await Episodes.Narrative.EventsAsync(db, id, arranged);
        Narrative = await Episodes.Narrative.LoadAsync(db, id, arranged, episode.Passages, events);
        Untold = arranged ? Episodes.Narrative.Untold(episode.Passages, Narrative) : [];
        Episode = episode with { Events = events };
        CountrySources = await SourcesOf(episode.Countries.Select(c => c.PassageId));
        Decade = Decade.Of(episode.StartYear);
        Related = await RelatedEpisodes.FindAsync(db, episode.Id, tables.Contains("SharedPassages"));
        Neighbours = await DecadeNeighbours.LoadAsync(db, episode.Id, Decade, SitePaths.Episode(episode.Slug));

        PermanentUrl = publicUrl.For(Request, SitePaths.Episode(episode.Slug));
        var imported = await db.ImportInfo.OrderByDescending(i => i.Id).Select(i => (DateTimeOffset?)i.ImportedAt).FirstOrDefaultAsync();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Cite = Citation.For(episode.Title, episode.Slug, PermanentUrl,
            imported is null ? today : DateOnly.FromDateTime(imported.Value.UtcDateTime), today);
        return Page();
    }

    /// <summary>The episode with its countries, actors, passages, lead and infobox, in the order the page shows them; null
    /// when no episode has the slug. Plain SQL through the context's connection, six statements as EF Core's split query
    /// ran them, without building and walking the query's expression tree on every page (docs/benchmarks.md, twentieth round).</summary>
    Task<EpisodePage?> EpisodeAsync(string slug) => db.ReadAsync(connection =>
    {
        var found = connection.Rows("""
            SELECT "Id", "Slug", "Title", "Kind", "Start", "End", "StartYear", "EndYear", "Summary", "Discrepancy"
            FROM "Episodes" WHERE "Slug" = @slug
            ORDER BY "Id" LIMIT 1
            """, r => new EpisodePage(r.GetInt32(0), r.GetString(1), r.GetString(2), Enum.Parse<EpisodeKind>(r.GetString(3)), r.GetString(4),
                r.StringOrNull(5), r.GetInt32(6), r.GetInt32(7), r.GetString(8), r.StringOrNull(9), [], [], [], [], [], []), ("@slug", slug));
        if (found.Count == 0) return null;
        var episode = found[0];
        // Each list in the order EF Core's split query gave it: by the episode, then the stated order (the rest as SQLite reads it).
        var countries = connection.Rows("""
            SELECT c."Slug", c."Name", e."Role", e."PassageId" FROM "EpisodeCountries" AS e
            JOIN "Countries" AS c ON e."CountryId" = c."Id"
            WHERE e."EpisodeId" = @id
            ORDER BY c."Name"
            """, r => new CountryLink(r.GetString(0), r.GetString(1), Enum.Parse<CountryRole>(r.GetString(2)), r.Int32OrNull(3)), ("@id", episode.Id));
        var actors = connection.Rows("""
            SELECT a."Slug", a."Name", a."Type", e."Role", e."AlsoMentioned" FROM "EpisodeActors" AS e
            JOIN "Actors" AS a ON e."ActorId" = a."Id"
            WHERE e."EpisodeId" = @id
            ORDER BY a."Name"
            """, r => new ActorLink(r.GetString(0), r.GetString(1), Enum.Parse<ActorType>(r.GetString(2)), r.GetString(3), r.GetBoolean(4)), ("@id", episode.Id));
        var passages = connection.Rows("""
            SELECT s."Slug", s."Title", p."SectionPath", p."Kind", p."Text", p."Position" FROM "Passages" AS p
            JOIN "Sources" AS s ON p."SourceDocumentId" = s."Id"
            WHERE p."EpisodeId" = @id
            ORDER BY s."Title", p."Position"
            """, r => Passage(r), ("@id", episode.Id));
        var lead = connection.Rows("""
            SELECT l."Text", s."Slug", s."Title", p."Position" FROM "LeadSentences" AS l
            JOIN "Passages" AS p ON l."PassageId" = p."Id"
            JOIN "Sources" AS s ON p."SourceDocumentId" = s."Id"
            WHERE l."EpisodeId" = @id
            ORDER BY l."Order"
            """, r => new LeadLine(r.GetString(0), Source(r, 1)), ("@id", episode.Id));
        var infobox = connection.Rows("""
            SELECT i."Field", i."Value", s."Slug", s."Title", p."Position" FROM "InfoboxEntries" AS i
            JOIN "Passages" AS p ON i."PassageId" = p."Id"
            JOIN "Sources" AS s ON p."SourceDocumentId" = s."Id"
            WHERE i."EpisodeId" = @id
            ORDER BY i."Field", i."Order"
            """, r => new InfoboxLine(Enum.Parse<InfoboxField>(r.GetString(0)), r.GetString(1), Source(r, 2)),
            ("@id", episode.Id));
        return episode with { Countries = countries, Actors = actors, Passages = passages, Lead = lead, Infobox = infobox };
    });

    /// <summary>A passage read from the columns (source slug, source title, section path, kind, text, position) from <paramref name="first"/> on.</summary>
    internal static NarrativePassage Passage(Microsoft.Data.Sqlite.SqliteDataReader r, int first = 0) =>
        new(r.GetString(first), r.GetString(first + 1), r.GetString(first + 2), Enum.Parse<PassageKind>(r.GetString(first + 3)), r.GetString(first + 4), r.GetInt32(first + 5));

    /// <summary>A passage's place read from the columns (source slug, source title, position) from <paramref name="first"/> on.</summary>
    internal static SourceRef Source(Microsoft.Data.Sqlite.SqliteDataReader r, int first) => new(r.GetString(first), r.GetString(first + 1), r.GetInt32(first + 2));

    async Task<Dictionary<int, SourceRef>> SourcesOf(IEnumerable<int?> passageIds)
    {
        var ids = passageIds.OfType<int>().Distinct().ToList();
        if (ids.Count == 0) return [];
        return await db.Passages.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, Source = new SourceRef(p.SourceDocument.Slug, p.SourceDocument.Title, p.Position) })
            .ToDictionaryAsync(p => p.Id, p => p.Source);
    }

    static List<SourceSection> SectionsOf(IEnumerable<NarrativePassage> passages)
    {
        var sections = new List<SourceSection>();
        List<int> positions = [];
        foreach (var p in passages)
        {
            if (sections.Count > 0 && sections[^1].SourceSlug == p.SourceSlug && sections[^1].SectionPath == p.SectionPath)
            {
                if (positions[^1] != p.Position) positions.Add(p.Position);
            }
            else
                sections.Add(new SourceSection(p.SourceSlug, p.SourceTitle, p.SectionPath, positions = [p.Position]));
        }
        return sections;
    }
}
