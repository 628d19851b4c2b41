using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Site;

/// <summary>Episodes under way in each decade (an episode spanning two decades counts in both), as chart bars.</summary>
public static class DecadeBars
{
    public static async Task<List<DecadeBar>> LoadAsync(EncyclopediaDb db)
    {
        var spans = await db.Episodes.Select(e => new { e.StartYear, e.EndYear }).ToListAsync();
        return [.. Decade.All.Select(d => new DecadeBar(d.ToString(), SitePaths.Decade(d),
            spans.Count(s => s.StartYear <= d.EndYear && s.EndYear >= d.StartYear)))];
    }
}
