using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;
using SovietInterventions.Web.Pictures;
using SovietInterventions.Web.Search;

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
    public string TimelineWide { get; private set; } = "";
    public string TimelineNarrow { get; private set; } = "";
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
            var bars = await EpisodeBars.LoadAsync(Filter.Apply(db).Where(e => e.Countries.Any(c => c.CountryId == country.Id && c.Role != CountryRole.Participant)), country.Name);
            TimelineWide = TimelineChart.Render(bars, null, PictureWidth.Wide, "country-timeline");
            TimelineNarrow = TimelineChart.Render(bars, null, PictureWidth.Narrow, "country-timeline");
        }
        var id = country.Id;
        Actors = await db.Actors
            .Where(a => a.Episodes.Any(x => !x.AlsoMentioned && x.Episode.Countries.Any(c => c.CountryId == id && c.Role != CountryRole.Participant)))
            .OrderBy(a => a.Name)
            .Select(a => new ActorCount(a.Slug, a.Name, a.Type,
                a.Episodes.Count(x => !x.AlsoMentioned && x.Episode.Countries.Any(c => c.CountryId == id && c.Role != CountryRole.Participant))))
            .ToListAsync();
        return Page();
    }

    Task<List<EpisodeListItem>> EpisodesWhere(CountryRole role) =>
        EpisodeListItem.InTimeOrder(Filter.Apply(db).Where(e => e.Countries.Any(c => c.CountryId == Country.Id && c.Role == role)))
            .Select(EpisodeListItem.FromEpisode)
            .ToListAsync();
}
