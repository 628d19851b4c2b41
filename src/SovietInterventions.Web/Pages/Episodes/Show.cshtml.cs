using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pages.Shared;
using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Pages.Episodes;

public sealed class ShowModel(EncyclopediaDb db, PublicUrl publicUrl, TimeProvider clock) : PageModel
{
    public sealed record CountryLink(string Slug, string Name, CountryRole Role);
    public sealed record ActorLink(string Slug, string Name, ActorType Type, string Role);
    public sealed record NarrativePassage(string SourceSlug, string SourceTitle, string SectionPath, PassageKind Kind, string Text, int Position)
    {
        public string SourceLabel => SourceSection.Label(SourceTitle, SectionPath);
    }
    public sealed record EventLine(string Date, string Text, string? SourceSlug, int? Position);

    public sealed record EpisodePage(
        int Id, string Slug, string Title, EpisodeKind Kind, string Start, string? End, int StartYear, int EndYear,
        string Summary, string? Discrepancy,
        List<CountryLink> Countries, List<ActorLink> Actors, List<NarrativePassage> Passages, List<EventLine> Events);

    /// <summary>One line of "Sources": a run of passages of one section of one document.</summary>
    public sealed record SourceSection(string SourceSlug, string SourceTitle, string SectionPath, int FirstPosition, int LastPosition)
    {
        public string SourceLabel => Label(SourceTitle, SectionPath);

        // SectionPath normally starts with the document title; say which document when it does not.
        public static string Label(string title, string sectionPath) =>
            sectionPath.Length == 0 ? title
            : sectionPath.StartsWith(title, StringComparison.Ordinal) ? sectionPath
            : $"{title} \u203a {sectionPath}";
    }

    public EpisodePage Episode { get; private set; } = null!;
    public IReadOnlyList<SourceSection> Sources { get; private set; } = [];
    public IReadOnlyList<EpisodeListItem> SameCountry { get; private set; } = [];
    public IReadOnlyList<EpisodeListItem> SameActors { get; private set; } = [];
    public IReadOnlyList<EpisodeListItem> SameDecade { get; private set; } = [];
    public Decade Decade { get; private set; }
    public string DecadeStrip { get; private set; } = "";
    public string PermanentUrl { get; private set; } = "";
    public Citation Cite { get; private set; } = null!;

    public IEnumerable<CountryLink> Targets => Episode.Countries.Where(c => c.Role == CountryRole.Target);
    public IEnumerable<CountryLink> Participants => Episode.Countries.Where(c => c.Role == CountryRole.Participant);

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var episode = await db.Episodes
            .Where(e => e.Slug == slug)
            .Select(e => new EpisodePage(
                e.Id, e.Slug, e.Title, e.Kind, e.Start, e.End, e.StartYear, e.EndYear, e.Summary, e.Discrepancy,
                e.Countries.OrderBy(c => c.Country.Name)
                    .Select(c => new CountryLink(c.Country.Slug, c.Country.Name, c.Role)).ToList(),
                e.Actors.OrderBy(a => a.Actor.Name)
                    .Select(a => new ActorLink(a.Actor.Slug, a.Actor.Name, a.Actor.Type, a.Role)).ToList(),
                e.Passages.OrderBy(p => p.SourceDocument.Title).ThenBy(p => p.Position)
                    .Select(p => new NarrativePassage(p.SourceDocument.Slug, p.SourceDocument.Title, p.SectionPath, p.Kind, p.Text, p.Position)).ToList(),
                e.Events.OrderBy(v => v.Date).ThenBy(v => v.Id)
                    .Select(v => new EventLine(v.Date, v.Text,
                        v.Passage == null ? null : v.Passage.SourceDocument.Slug,
                        v.Passage == null ? null : v.Passage.Position)).ToList()))
            .AsSplitQuery()
            .FirstOrDefaultAsync();
        if (episode is null) return await OldSlug.RedirectOrNotFound(this, db, SlugEntity.Episode, slug);

        Sources = SectionsOf(episode.Passages);
        Episode = episode with { Passages = NarrativeOrder(episode.Passages) };
        Decade = Decade.Of(episode.StartYear);
        await LoadRelated();
        var inDecade = await EpisodeBars.LoadAsync(db.Episodes.Where(e => e.StartYear <= Decade.EndYear && e.EndYear >= Decade.StartYear));
        DecadeStrip = TimelineChart.RenderDecadeStrip(inDecade, Decade.StartYear, SitePaths.Episode(episode.Slug), "decade-strip");

        PermanentUrl = publicUrl.For(Request, SitePaths.Episode(episode.Slug));
        var imported = await db.ImportInfo.Select(i => (DateTimeOffset?)i.ImportedAt).FirstOrDefaultAsync();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Cite = Citation.For(episode.Title, episode.Slug, PermanentUrl,
            imported is null ? today : DateOnly.FromDateTime(imported.Value.UtcDateTime), today);
        return Page();
    }

    async Task LoadRelated()
    {
        var id = Episode.Id;
        var countrySlugs = Targets.Select(c => c.Slug).ToList();
        var actorSlugs = Episode.Actors.Select(a => a.Slug).ToList();
        var others = db.Episodes.Where(e => e.Id != id);

        SameCountry = await EpisodeListItem.InTimeOrder(others.Where(e =>
                e.Countries.Any(c => c.Role == CountryRole.Target && countrySlugs.Contains(c.Country.Slug))))
            .Select(EpisodeListItem.FromEpisode).ToListAsync();
        SameActors = await EpisodeListItem.InTimeOrder(others.Where(e =>
                e.Actors.Any(a => actorSlugs.Contains(a.Actor.Slug))))
            .Select(EpisodeListItem.FromEpisode).ToListAsync();
        SameDecade = await EpisodeListItem.InTimeOrder(others.Where(e =>
                e.StartYear <= Decade.EndYear && e.EndYear >= Decade.StartYear))
            .Select(EpisodeListItem.FromEpisode).ToListAsync();
    }

    // The source that tells most of the episode reads first; its headings are already in "Sources".
    static List<NarrativePassage> NarrativeOrder(List<NarrativePassage> passages) =>
        passages.Where(p => p.Kind != PassageKind.Heading)
            .GroupBy(p => p.SourceSlug)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().SourceTitle, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(p => p.Position))
            .ToList();

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
