using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pictures;
using SovietInterventions.Web.Search;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Countries;

public sealed class ShowModel(EncyclopediaDb db) : PageModel
{
    public sealed record CountryLink(string Slug, string Name);
    public sealed record ActorCount(string Slug, string Name, ActorType Type, int Episodes);

    public sealed record CountryPage(
        int Id, string Slug, string Name, string Region, string? Iso3, bool IsHistorical,
        List<string> Aliases, List<CountryLink> Successors, List<CountryLink> Predecessors);

    public CountryPage Country { get; private set; } = null!;
    public IReadOnlyList<EpisodeListItem> AsTarget { get; private set; } = [];
    public IReadOnlyList<EpisodeListItem> AsSupported { get; private set; } = [];
    public IReadOnlyList<EpisodeListItem> AsParticipant { get; private set; } = [];
    public IReadOnlyList<ActorCount> Actors { get; private set; } = [];
    public IHtmlContent TimelineWide { get; private set; } = HtmlString.Empty;
    public IHtmlContent TimelineNarrow { get; private set; } = HtmlString.Empty;
    public EpisodeFilter Filter { get; private set; } = EpisodeFilter.None;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var country = await db.Countries
            .Where(c => c.Slug == slug)
            .Select(c => new CountryPage(c.Id, c.Slug, c.Name, c.Region, c.Iso3, c.IsHistorical,
                c.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                c.Successors.OrderBy(s => s.Successor.Name).Select(s => new CountryLink(s.Successor.Slug, s.Successor.Name)).ToList(),
                c.Predecessors.OrderBy(p => p.Historical.Name).Select(p => new CountryLink(p.Historical.Slug, p.Historical.Name)).ToList()))
            .AsSplitQuery()
            .FirstOrDefaultAsync();
        if (country is null) return await OldSlug.RedirectOrNotFound(this, db, SlugEntity.Country, slug);
        Country = country;

        // The same filters as /search (decade, actor, kind): /countries/hungary?decade=1950s; the path gives the country.
        Filter = EpisodeFilter.FromQuery(Request.Query, out _) with { Country = null, Q = null };
        AsTarget = await EpisodesWhere(CountryRole.Target);
        AsSupported = await EpisodesWhere(CountryRole.SupportedGovernment);
        AsParticipant = await EpisodesWhere(CountryRole.Participant);
        if (AsTarget.Count + AsSupported.Count > 0)
        {
            var involved = EpisodeIds(c => c.Role != CountryRole.Participant);
            var bars = await EpisodeBars.LoadAsync(Filter.Apply(db).Where(e => involved.Contains(e.Id)), country.Name);
            TimelineWide = TimelineChart.Render(bars, null, PictureWidth.Wide, "country-timeline");
            TimelineNarrow = TimelineChart.Render(bars, null, PictureWidth.Narrow, "country-timeline");
        }
        // From the country's episodes to their actors (IN, by index), not every actor asked about every episode.
        var targeted = EpisodeIds(c => c.Role != CountryRole.Participant);
        Actors = await db.EpisodeActors
            .Where(x => !x.AlsoMentioned && targeted.Contains(x.EpisodeId))
            .GroupBy(x => new { x.Actor.Slug, x.Actor.Name, x.Actor.Type })
            .OrderBy(g => g.Key.Name)
            .Select(g => new ActorCount(g.Key.Slug, g.Key.Name, g.Key.Type, g.Count()))
            .ToListAsync();
        return Page();
    }

    /// <summary>The ids of this country's episodes in a role, as a subquery: SQLite starts from the country's index.</summary>
    IQueryable<int> EpisodeIds(System.Linq.Expressions.Expression<Func<EpisodeCountry, bool>> role) =>
        db.EpisodeCountries.Where(c => c.CountryId == Country.Id).Where(role).Select(c => c.EpisodeId);

    Task<List<EpisodeListItem>> EpisodesWhere(CountryRole role)
    {
        var ids = EpisodeIds(c => c.Role == role);
        return EpisodeListItem.InTimeOrder(Filter.Apply(db).Where(e => ids.Contains(e.Id)))
            .Select(EpisodeListItem.FromEpisode)
            .ToListAsync();
    }
}
