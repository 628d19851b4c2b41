using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pictures;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Map;

/// <summary>A historical state with episodes, and the modern countries it is drawn on (none when it cannot be drawn).</summary>
public sealed record HistoricalState(string Slug, string Name, IReadOnlyList<string> DrawnOn, string? NotOnMap);

/// <summary>
/// What the world map shades: each modern country's count of target episodes, including those of
/// the historical states it succeeded, since the boundary data has modern borders only.
/// </summary>
public sealed record MapShading(IReadOnlyList<MapShade> Shades, IReadOnlyList<HistoricalState> Historical)
{
    sealed record Place(int Id, string Slug, string Name, string? Iso3, string? NotOnMap);

    /// <summary>
    /// Episodes under way in <paramref name="decade"/>, or all episodes when it is null.
    /// <paramref name="isDrawn"/> says which codes the boundary data has a shape for.
    /// </summary>
    public static async Task<MapShading> LoadAsync(EncyclopediaDb db, Decade? decade, Func<string, bool> isDrawn)
    {
        // Where the intervention took place: against the government or in support of it, not where a participant came from.
        var targets = db.EpisodeCountries.Where(c => c.Role != CountryRole.Participant);
        if (decade is { } d)
            targets = targets.Where(c => c.Episode.StartYear <= d.EndYear && c.Episode.EndYear >= d.StartYear);
        var episodesOf = (await targets.Select(c => new { c.CountryId, c.EpisodeId }).ToListAsync())
            .GroupBy(c => c.CountryId)
            .ToDictionary(g => g.Key, g => g.Select(c => c.EpisodeId).ToHashSet());
        var places = await db.Countries.Select(c => new Place(c.Id, c.Slug, c.Name, c.Iso3, c.NotOnMap)).ToDictionaryAsync(c => c.Id);
        var successions = await db.CountrySuccessions.Select(s => new { s.HistoricalId, s.SuccessorId }).ToListAsync();

        var predecessorsOf = successions
            // data/countries.json says which states cannot be drawn on their successors ("notOnMap").
            .Where(s => places[s.HistoricalId].NotOnMap is null)
            .GroupBy(s => s.SuccessorId)
            .ToDictionary(g => g.Key, g => g.Select(s => places[s.HistoricalId]).ToList());
        HashSet<int> Own(int id) => episodesOf.GetValueOrDefault(id) ?? [];

        var shades = new List<MapShade>();
        foreach (var country in places.Values.Where(p => p.Iso3 is not null).OrderBy(p => p.Name))
        {
            var own = Own(country.Id);
            var predecessors = (predecessorsOf.GetValueOrDefault(country.Id) ?? [])
                .Where(p => Own(p.Id).Count > 0)
                .OrderByDescending(p => Own(p.Id).Count).ThenBy(p => p.Name)
                .ToList();
            var all = own.Concat(predecessors.SelectMany(p => Own(p.Id))).Distinct().Count();
            if (all == 0) continue;
            // A successor too small to draw (Kosovo for Yugoslavia) would only list the historical state again under the map.
            if (own.Count == 0 && !isDrawn(country.Iso3!)) continue;
            // A country page lists only its own episodes, so without any the historical state's page says more.
            var (href, label) = own.Count > 0
                ? (SitePaths.Country(country.Slug), predecessors.Count == 0 ? country.Name
                    : $"{country.Name} (with {string.Join(" and ", predecessors.Select(p => p.Name))})")
                : (SitePaths.Country(predecessors[0].Slug), $"{string.Join(" and ", predecessors.Select(p => p.Name))}, today {country.Name}");
            shades.Add(new MapShade(country.Iso3!, href, label, all));
        }

        var successorsOf = successions.GroupBy(s => s.HistoricalId)
            .ToDictionary(g => g.Key, g => g.Select(s => places[s.SuccessorId]).Where(p => p.Iso3 is not null && isDrawn(p.Iso3)).Select(p => p.Name).Order().ToList());
        var historical = places.Values
            .Where(p => p.Iso3 is null && Own(p.Id).Count > 0)
            .OrderBy(p => p.Name)
            .Select(p => new HistoricalState(p.Slug, p.Name,
                p.NotOnMap is not null ? [] : successorsOf.GetValueOrDefault(p.Id) ?? [], p.NotOnMap))
            .ToList();
        return new MapShading(shades, historical);
    }
}
