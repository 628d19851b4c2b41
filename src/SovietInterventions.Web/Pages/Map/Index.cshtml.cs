using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Pictures;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Map;

public sealed class IndexModel(EncyclopediaDb db, WorldMap map, WorldMapGeometry geometry, IMemoryCache cache) : PageModel
{
    public Decade? Decade { get; private set; }
    public MapPicture Picture { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery] string? decade)
    {
        if (decade is not null)
        {
            if (!Site.Decade.TryParse(decade, out var parsed)) return NotFound();
            Decade = parsed;
        }
        Picture = await MapPicture.GetAsync(db, map, geometry, cache, Decade);
        return Page();
    }

    public static string PathFor(Decade? decade) => decade is { } d ? $"/map?decade={d}" : "/map";
}
