using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Episodes;

/// <summary>Another episode worth reading next, with why.</summary>
public sealed record RelatedEpisode(EpisodeListItem Episode, IReadOnlyList<string> Reasons, double Weight);

/// <summary>
/// At most <see cref="Most"/> related episodes, each for a stated reason: the same country, the same event, people or
/// organizations they share (each counting by how rare it is, 1 / the number of episodes it is on, so that one on most
/// pages relates nothing), the same decade and kind, or the same region within a few years.
/// </summary>
public static class RelatedEpisodes
{
    public const int Most = 6;
    /// <summary>Shared people must weigh at least this: one person on at most two episodes, or two on at most four each.</summary>
    public const double PeopleThreshold = 0.4;

    /// <summary>Years apart (0 when they overlap) within which two episodes of one region are of the same time.</summary>
    public const int SameTimeGap = 5;

    sealed record Candidate(EpisodeListItem Item, int Id, int EndYear, List<(string Slug, string Name, string Region)> Countries,
        List<(string Slug, string Name)> Actors, List<string> Events);

    public static async Task<List<RelatedEpisode>> FindAsync(EncyclopediaDb db, int episodeId)
    {
        var self = (await Load(db, db.Episodes.Where(e => e.Id == episodeId))).Single();
        var slugs = self.Countries.Select(c => c.Slug).ToList();
        var regions = self.Countries.Select(c => c.Region).Distinct().ToList();
        var actors = self.Actors.Select(a => a.Slug).ToList();
        var decade = Decade.Of(self.Item.StartYear);
        var (from, to) = (self.Item.StartYear - SameTimeGap, self.EndYear + SameTimeGap);
        // Only episodes that can share a reason are read, so a page costs the same in a large encyclopedia.
        var candidates = await Load(db, db.Episodes.Where(e => e.Id != episodeId && (
            e.Countries.Any(c => c.Role != CountryRole.Participant && (slugs.Contains(c.Country.Slug)
                || (regions.Contains(c.Country.Region) && e.StartYear <= to && e.EndYear >= from)))
            || e.Actors.Any(a => !a.AlsoMentioned && actors.Contains(a.Actor.Slug))
            || (e.Kind == self.Item.Kind && e.StartYear >= decade.StartYear && e.StartYear <= decade.EndYear)
            || db.EventLinks.Any(l => l.EpisodeId == e.Id && db.EventLinks.Any(m => m.EpisodeId == episodeId && m.EventId == l.EventId)))));
        var episodesOf = await db.EpisodeActors.Where(a => !a.AlsoMentioned && actors.Contains(a.Actor.Slug))
            .GroupBy(a => a.Actor.Slug).Select(g => new { g.Key, Count = g.Select(a => a.EpisodeId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);

        var related = new List<RelatedEpisode>();
        foreach (var other in candidates)
        {
            var reasons = new List<string>();
            var weight = 0.0;
            var countries = other.Countries.Where(c => self.Countries.Any(s => s.Slug == c.Slug)).Select(c => c.Name).Distinct().ToList();
            if (countries.Count > 0) { reasons.Add($"same country: {string.Join(", ", countries)}"); weight += 1; }
            var events = other.Events.Intersect(self.Events).ToList();
            if (events.Count > 0) { reasons.Add($"linked by the same event: {events[0].TrimEnd('.')}"); weight += 1; }
            var people = other.Actors.Where(a => self.Actors.Any(s => s.Slug == a.Slug)).DistinctBy(a => a.Slug)
                .OrderBy(a => episodesOf[a.Slug]).ToList();
            var peopleWeight = people.Sum(a => 1.0 / episodesOf[a.Slug]);
            if (peopleWeight >= PeopleThreshold)
            {
                reasons.Add($"same people: {string.Join(", ", people.Where(a => 1.0 / episodesOf[a.Slug] >= PeopleThreshold / 2).Take(3).Select(a => a.Name))}");
                weight += peopleWeight;
            }
            if (other.Item.Kind == self.Item.Kind && Decade.Of(other.Item.StartYear) == Decade.Of(self.Item.StartYear))
            {
                reasons.Add("same decade and kind");
                weight += 0.5;
            }
            var gap = Math.Max(0, Math.Max(other.Item.StartYear - self.EndYear, self.Item.StartYear - other.EndYear));
            var sharedRegions = other.Countries.Select(c => c.Region).Intersect(regions).ToList();
            if (countries.Count == 0 && sharedRegions.Count > 0 && gap <= SameTimeGap)
            {
                reasons.Add($"same region and time: {string.Join(", ", sharedRegions)}");
                weight += 0.4;
            }
            if (reasons.Count > 0) related.Add(new RelatedEpisode(other.Item, reasons, weight));
        }
        return [.. related.OrderByDescending(r => r.Weight)
            .ThenBy(r => Math.Abs(r.Episode.StartYear - self.Item.StartYear))
            .ThenBy(r => r.Episode.Title, StringComparer.Ordinal)
            .Take(Most)];
    }

    static async Task<List<Candidate>> Load(EncyclopediaDb db, IQueryable<Episode> episodes) =>
        [.. (await episodes
            .Select(e => new
            {
                e.Id, e.EndYear, Item = new EpisodeListItem(e.Slug, e.Title, e.Kind, e.Start, e.End, e.StartYear),
                Countries = e.Countries.Where(c => c.Role != CountryRole.Participant).Select(c => new { c.Country.Slug, c.Country.Name, c.Country.Region }).ToList(),
                Actors = e.Actors.Where(a => !a.AlsoMentioned).Select(a => new { a.Actor.Slug, a.Actor.Name }).ToList(),
                Events = db.EventLinks.Where(l => l.EpisodeId == e.Id).Select(l => l.Event.Text).ToList(),
            })
            .AsSplitQuery().ToListAsync())
            .Select(e => new Candidate(e.Item, e.Id, e.EndYear, [.. e.Countries.Select(c => (c.Slug, c.Name, c.Region))],
                [.. e.Actors.Select(a => (a.Slug, a.Name))], e.Events))];
}
