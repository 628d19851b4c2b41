using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Timeline;

/// <summary>Episodes (by start) and context events (those of no episode), year by year, as a decade page shows them.</summary>
public static class Chronology
{
    /// <summary>Either an episode starting that year or a context event.</summary>
    public sealed record Entry(int Year, string Date, EpisodeListItem? Episode, string? EventText, string? SourceSlug, int? Position);

    public sealed record Year(int Number, List<Entry> Entries);

    public static Task<List<Entry>> ContextEventsAsync(EncyclopediaDb db, int fromYear, int toYear) =>
        db.Events
            .Where(v => v.EpisodeId == null && v.Year >= fromYear && v.Year <= toYear)
            .Select(v => new Entry(v.Year, v.Date, null, v.Text,
                v.Passage == null ? null : v.Passage.SourceDocument.Slug,
                v.Passage == null ? null : v.Passage.Position))
            .ToListAsync();

    public static List<Year> Merge(IEnumerable<EpisodeListItem> episodes, IEnumerable<Entry> contextEvents) =>
        [.. episodes
            .Select(e => new Entry(e.StartYear, e.Start, e, null, null, null))
            .Concat(contextEvents)
            // ISO dates sort as text; "1956" (year only) comes before "1956-11".
            .OrderBy(x => x.Year).ThenBy(x => x.Date, StringComparer.Ordinal)
            .GroupBy(x => x.Year)
            .Select(g => new Year(g.Key, [.. g]))];
}
