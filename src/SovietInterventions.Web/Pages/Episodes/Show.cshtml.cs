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

    /// <summary>One line of "Sources": a run of passages of one section of one document.</summary>
    public sealed record SourceSection(string SourceSlug, string SourceTitle, string SectionPath, int FirstPosition, int LastPosition)
    {
        public string SourceLabel => Label(SourceTitle, SectionPath);

        // SectionPath normally starts with the document title; say which document when it does not.
        public static string Label(string title, string sectionPath) => Core.Import.Entries.Narrative.Label(title, sectionPath);
    }

    public EpisodePage Episode { get; private set; } = null!;
    public IReadOnlyList<NarrativeSection> Narrative { get; private set; } = [];
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
        var episode = await db.Episodes
            .Where(e => e.Slug == slug)
            .Select(e => new EpisodePage(
                e.Id, e.Slug, e.Title, e.Kind, e.Start, e.End, e.StartYear, e.EndYear, e.Summary, e.Discrepancy,
                e.Countries.OrderBy(c => c.Country.Name)
                    .Select(c => new CountryLink(c.Country.Slug, c.Country.Name, c.Role, c.PassageId)).ToList(),
                e.Actors.OrderBy(a => a.Actor.Name)
                    .Select(a => new ActorLink(a.Actor.Slug, a.Actor.Name, a.Actor.Type, a.Role, a.AlsoMentioned)).ToList(),
                e.Passages.OrderBy(p => p.SourceDocument.Title).ThenBy(p => p.Position)
                    .Select(p => new NarrativePassage(p.SourceDocument.Slug, p.SourceDocument.Title, p.SectionPath, p.Kind, p.Text, p.Position)).ToList(),
                new List<EventLine>(),
                e.Lead.OrderBy(l => l.Order)
                    .Select(l => new LeadLine(l.Text, new SourceRef(l.Passage.SourceDocument.Slug, l.Passage.SourceDocument.Title, l.Passage.Position))).ToList(),
                e.Infobox.OrderBy(i => i.Field).ThenBy(i => i.Order)
                    .Select(i => new InfoboxLine(i.Field, i.Value, new SourceRef(i.Passage.SourceDocument.Slug, i.Passage.SourceDocument.Title, i.Passage.Position))).ToList()))
            .AsSplitQuery()
            .FirstOrDefaultAsync();
        if (episode is null) return await OldSlug.RedirectOrNotFound(this, db, SlugEntity.Episode, slug);

        // Passages of other episodes that also tell this one (shared, or cited by its lead or infobox): listed among
        // the sources, so every link on the page has its source listed, but not told again in the narrative.
        var id = episode.Id;
        // An edition from an older release may lack tables added since: its page is the simpler one it had then.
        var tables = await databaseTables.OfAsync(db);
        // Their ids first, each by its table's episode index: a test on every passage would read the whole corpus.
        var citedIds = db.LeadSentences.Where(l => l.EpisodeId == id).Select(l => l.PassageId)
            .Union(db.InfoboxEntries.Where(i => i.EpisodeId == id).Select(i => i.PassageId));
        var sharedIds = tables.Contains("SharedPassages")
            ? db.SharedPassages.Where(s => s.EpisodeId == id).Select(s => s.PassageId).Union(citedIds)
            : citedIds;
        var shared = await db.Passages
            .Where(p => sharedIds.Contains(p.Id) && p.EpisodeId != id)
            .Select(p => new NarrativePassage(p.SourceDocument.Slug, p.SourceDocument.Title, p.SectionPath, p.Kind, p.Text, p.Position))
            .ToListAsync();
        Sources = SectionsOf(episode.Passages.Concat(shared).OrderBy(p => p.SourceTitle, StringComparer.Ordinal).ThenBy(p => p.Position));
        // The import arranged the narrative and folded the events; the page reads them, and leaves out of the narrative a sentence
        // that tells again an event the timeline folded (Narrative).
        var arranged = Episodes.Narrative.IsArranged(tables);
        var events = await Episodes.Narrative.EventsAsync(db, id, arranged);
        Narrative = await Episodes.Narrative.LoadAsync(db, id, arranged, episode.Passages, events);
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
        foreach (var p in passages)
        {
            var last = sections.Count > 0 ? sections[^1] : null;
            if (last is not null && last.SourceSlug == p.SourceSlug && last.SectionPath == p.SectionPath)
                sections[^1] = last with { LastPosition = p.Position };
            else
                sections.Add(new SourceSection(p.SourceSlug, p.SourceTitle, p.SectionPath, p.Position, p.Position));
        }
        return sections;
    }
}
