using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Site;

/// <summary>Context events (treaties, pacts from the notes) as timeline marks.</summary>
public static class ContextMarks
{
    public static async Task<List<TimelineMark>> LoadAsync(EncyclopediaDb db)
    {
        var rows = await db.Events
            .Where(v => v.EpisodeId == null)
            .OrderBy(v => v.Date).ThenBy(v => v.Id)
            .Select(v => new
            {
                v.Date, v.Year, v.Text,
                SourceSlug = v.Passage == null ? null : v.Passage.SourceDocument.Slug,
                Position = v.Passage == null ? (int?)null : v.Passage.Position,
            })
            .ToListAsync();
        return [.. rows
            .Where(r => PartialDate.TryParseIso(r.Date, out _))
            .Select(r => new TimelineMark(
                // The passage it comes from when known; otherwise its year on its decade page.
                r.SourceSlug is not null && r.Position is { } p ? SitePaths.Passage(r.SourceSlug, p) : $"{SitePaths.Decade(Decade.Of(r.Year))}#y{r.Year}",
                $"{DateText.Of(r.Date)}: {r.Text}",
                PartialDate.ParseIso(r.Date).First))];
    }
}
