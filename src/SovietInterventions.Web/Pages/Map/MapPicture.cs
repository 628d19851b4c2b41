using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Pictures;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Map;

/// <summary>
/// The world map's SVG and the shading it draws, for one database and decade. One layout only: its path data is
/// most of a page's bytes, so a narrow screen scrolls the wide layout sideways instead of getting a second copy.
/// </summary>
public sealed record MapPicture(string Wide, MapShading Shading)
{
    /// <summary>
    /// The SVG is some 150 kB of path data that changes only with the data, so it is built once per
    /// import (the seeds hash) and decade and then served from memory.
    /// </summary>
    public static async Task<MapPicture> GetAsync(EncyclopediaDb db, WorldMap map, WorldMapGeometry geometry, IMemoryCache cache, Decade? decade)
    {
        var seedsHash = await db.ImportInfo.OrderByDescending(i => i.Id).Select(i => i.SeedsHash).FirstOrDefaultAsync() ?? "";
        var key = (nameof(MapPicture), seedsHash, decade?.ToString() ?? "all");
        if (cache.TryGetValue(key, out MapPicture? cached) && cached is not null) return cached;

        var shading = await MapShading.LoadAsync(db, decade, iso3 => geometry.Find(iso3) is not null);
        var caption = decade is { } d ? $"Target countries of episodes under way in the {d}" : "Target countries of all episodes, 1917–1991";
        var picture = new MapPicture(
            map.Render(shading.Shades, caption, PictureWidth.Wide),
            shading);
        return cache.Set(key, picture, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(12) });
    }
}
