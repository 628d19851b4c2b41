using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Pages.Episodes;

/// <summary>Another episode worth reading next, with why.</summary>
public sealed record RelatedEpisode(EpisodeListItem Episode, IReadOnlyList<string> Reasons, double Weight);

/// <summary>
/// At most <see cref="Most"/> related episodes, each for a stated reason. Only something the two share that few
/// other episodes share relates them: the same country, the same event, a passage telling both and at most
/// <see cref="MostInOneCampaign"/> episodes in all, or people and organizations weighing at
/// least <see cref="Threshold"/> together, each counting by how rare it is (1 / the number of episodes it is on, half
/// that when neither page says more of it than "involved"), so that the Red Army or Stalin relates nothing. Time and place
/// count by rarity too: acts of force in one region in overlapping years begun within <see cref="SameCampaignStart"/> of
/// each other, or episodes of one other kind in one region in overlapping years (a wave of takeovers, of insurgencies
/// aided), are one campaign, weighing <see cref="Threshold"/>, only when at most <see cref="MostInOneCampaign"/> episodes
/// share all that with both; more are an era's many fronts, which a region relates no more than the Red Army does. Acts of
/// force in the same years that a source tells under one heading naming a war are "part of the same war" (also weighing
/// <see cref="Threshold"/>) only in one region where at most that many acts of force share those years: not two fronts
/// half a world apart, nor two of the many occupations at a great war's end. The same decade and kind, or the same region
/// within a few years, are shown beside another reason and rank, but never relate two episodes alone. A page lists
/// fewer, even none, rather than weak ones.
/// </summary>
public static class RelatedEpisodes
{
    public const int Most = 6;
    /// <summary>What relates two episodes: a shared country or event weighs 1; shared people need this much (one person on two episodes).</summary>
    public const double Threshold = 0.5;
    /// <summary>What the same decade and kind, or region and time, add to the ranking of an episode related otherwise.</summary>
    public const double Weak = 0.2;

    /// <summary>Years apart (0 when they overlap) within which two episodes of one region are of the same time.</summary>
    public const int SameTimeGap = 5;
    /// <summary>Years apart two episodes of one kind and region may start and still be one campaign (a war begun in 1941 is not the 1944 advance).</summary>
    public const int SameCampaignStart = 1;
    /// <summary>The most episodes one region and years may hold and still relate those episodes: a few acts of force begun
    /// together are one campaign, a few coups one wave; the many occupations of a great war's last year are not.</summary>
    public const int MostInOneCampaign = 3;

    sealed record Candidate(EpisodeListItem Item, int Id, int EndYear, List<(string Slug, string Name, string Region)> Countries,
        List<(string Slug, string Name, string Role)> Actors, List<string> Events);

    /// <param name="sharesPassages">Whether the database has shared passages: an edition of an older release has none.</param>
    public static async Task<List<RelatedEpisode>> FindAsync(EncyclopediaDb db, int episodeId, bool sharesPassages = true)
    {
        var self = (await Load(db, [episodeId])).Single();
        var ownCountries = await SameCountries(db, self);
        var regions = self.Countries.Select(c => c.Region).Distinct().ToList();
        var actors = self.Actors.Select(a => a.Slug).ToList();
        var episodesOf = await EpisodesOf(db, actors);
        // Candidates are read reason by reason through an index, so a page costs the same in a large encyclopedia.
        var ids = await CandidateIds(db, self, ownCountries, regions, RareEnoughToRelate(episodesOf));
        var wars = await SameWar(db, episodeId);
        var toldWith = sharesPassages ? await ToldTogether(db, episodeId) : [];
        ids = [.. ids.Union(wars.Keys).Union(toldWith.Keys)];
        ids.Remove(episodeId);
        var candidates = ids.Count == 0 ? [] : await Load(db, ids);
        List<Candidate> everyone = [self, .. candidates];

        var related = new List<RelatedEpisode>();
        foreach (var other in candidates)
        {
            var reasons = new List<string>();
            var weight = 0.0;
            var countries = other.Countries.Where(c => ownCountries.Contains(c.Slug)).Select(c => c.Name).Distinct().ToList();
            if (countries.Count > 0) { reasons.Add($"same country: {string.Join(", ", countries)}"); weight += 1; }
            var events = other.Events.Intersect(self.Events).ToList();
            if (events.Count > 0) { reasons.Add($"linked by the same event: {events[0].TrimEnd('.')}"); weight += 1; }
            if (toldWith.TryGetValue(other.Id, out var source)) { reasons.Add($"told in the same passage: {source}"); weight += 1; }
            var people = other.Actors.DistinctBy(a => a.Slug)
                .Select(a => (a.Name, Weight: Rarity(a.Slug, a.Role, self.Actors, episodesOf)))
                .Where(a => a.Weight > 0).OrderByDescending(a => a.Weight).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
            var peopleWeight = people.Sum(a => a.Weight);
            if (peopleWeight >= Threshold || (weight > 0 && peopleWeight >= Threshold / 2))
            {
                // The names that carry the link: a common one (the Red Army) is left out when rarer ones are there.
                var named = people.Where(a => a.Weight >= Threshold / 4).DefaultIfEmpty(people[0]).Take(3);
                reasons.Add($"same people: {string.Join(", ", named.Select(a => a.Name))}");
                weight += peopleWeight;
            }
            var gap = Math.Max(0, Math.Max(other.Item.StartYear - self.EndYear, self.Item.StartYear - other.EndYear));
            var sharedRegions = other.Countries.Select(c => c.Region).Intersect(regions).ToList();
            var sameKind = other.Item.Kind == self.Item.Kind;
            var bothForce = IsForce(other.Item.Kind) && IsForce(self.Item.Kind);
            var together = gap == 0 && sharedRegions.Count > 0;
            // Acts of force in the same years and region that a source tells under one war's heading are fronts of that war, when
            // few acts of force are there in those years: fronts half a world apart are not, nor one of the many in a region at
            // the end of a great war (a source telling only some of them under the war's heading does not make those few).
            var ofOneWar = bothForce && together && wars.ContainsKey(other.Id)
                && Sharing(self, other, everyone, sharedRegions, e => IsForce(e.Item.Kind)) <= MostInOneCampaign;
            if (ofOneWar)
            {
                reasons.Add($"part of the same war: {wars[other.Id]}");
                weight += Threshold;
            }
            // Of one kind (or both acts of force begun together) in one region in the same years: one campaign or one wave of
            // takeovers when few episodes are so, an era when many are. A war is not the campaign begun years into it, but a wave
            // of coups or of insurgencies aided runs on for years.
            var ofOneCampaign = countries.Count == 0 && together && (bothForce
                ? Math.Abs(other.Item.StartYear - self.Item.StartYear) <= SameCampaignStart
                    && Sharing(self, other, everyone, sharedRegions, e => IsForce(e.Item.Kind) && StartedWith(e, self) && StartedWith(e, other)) <= MostInOneCampaign
                : sameKind && Sharing(self, other, everyone, sharedRegions, e => e.Item.Kind == self.Item.Kind) <= MostInOneCampaign);
            if (ofOneCampaign)
            {
                var years = DateText.Range($"{Math.Max(self.Item.StartYear, other.Item.StartYear)}", $"{Math.Min(self.EndYear, other.EndYear)}");
                reasons.Add(sameKind ? $"same kind, region and years: {string.Join(", ", sharedRegions)}, {years}"
                    : $"acts of force in the same region and years: {string.Join(", ", sharedRegions)}, {years}");
                weight += Threshold;
            }
            if (weight < Threshold) continue;
            // Beside a country, an event or people, the same decade and kind or region and time rank and are shown; a war
            // or a campaign has said them already.
            if (!ofOneWar && !ofOneCampaign && sameKind && Decade.Of(other.Item.StartYear) == Decade.Of(self.Item.StartYear))
            {
                reasons.Add("same decade and kind");
                weight += Weak;
            }
            if (!ofOneWar && !ofOneCampaign && countries.Count == 0 && sharedRegions.Count > 0 && gap <= SameTimeGap)
            {
                reasons.Add($"same region and time: {string.Join(", ", sharedRegions)}");
                weight += Weak;
            }
            related.Add(new RelatedEpisode(other.Item, reasons, weight));
        }
        return [.. related.OrderByDescending(r => r.Weight)
            .ThenBy(r => Math.Abs(r.Episode.StartYear - self.Item.StartYear))
            .ThenBy(r => r.Episode.Title, StringComparer.Ordinal)
            .Take(Most)];
    }

    /// <summary>The ids of every episode that shares with this one a country, an event, one of the given actors, or
    /// its kind, a region and some years (in no particular order); each part is a lookup by index.</summary>
    static Task<List<int>> CandidateIds(EncyclopediaDb db, Candidate self, List<string> slugs, List<string> regions, List<string> actors)
    {
        List<string> kinds = IsForce(self.Item.Kind) ? [.. Force.Select(k => k.ToString())] : [self.Item.Kind.ToString()];
        return db.ReadAsync(connection => connection.Rows("""
            SELECT e."EpisodeId" FROM "EpisodeCountries" AS e JOIN "Countries" AS c ON e."CountryId" = c."Id"
            WHERE e."Role" <> 'Participant' AND c."Slug" IN (SELECT "value" FROM json_each(@slugs))
            UNION
            SELECT e."EpisodeId" FROM "EpisodeActors" AS e JOIN "Actors" AS a ON e."ActorId" = a."Id"
            WHERE NOT e."AlsoMentioned" AND a."Slug" IN (SELECT "value" FROM json_each(@actors))
            UNION
            SELECT l."EpisodeId" FROM "EventLinks" AS l
            WHERE l."EventId" IN (SELECT m."EventId" FROM "EventLinks" AS m WHERE m."EpisodeId" = @id)
            UNION
            SELECT e."Id" FROM "Episodes" AS e
            WHERE e."StartYear" <= @end AND e."EndYear" >= @start AND e."Kind" IN (SELECT "value" FROM json_each(@kinds))
                AND EXISTS (SELECT 1 FROM "EpisodeCountries" AS x JOIN "Countries" AS c ON x."CountryId" = c."Id"
                    WHERE x."EpisodeId" = e."Id" AND x."Role" <> 'Participant' AND c."Region" IN (SELECT "value" FROM json_each(@regions)))
            """, r => r.GetInt32(0), ("@slugs", PlainQueries.Json(slugs)), ("@actors", PlainQueries.Json(actors)), ("@id", self.Id),
            ("@end", self.EndYear), ("@start", self.Item.StartYear), ("@kinds", PlainQueries.Json(kinds)), ("@regions", PlainQueries.Json(regions))));
    }

    /// <summary>How many of the given episodes (both among them) are what <paramref name="alike"/> asks and share with both
    /// one of their common regions and some of their common years: 2 when no third episode does.</summary>
    static int Sharing(Candidate self, Candidate other, List<Candidate> episodes, List<string> regions, Func<Candidate, bool> alike)
    {
        var (from, to) = (Math.Max(self.Item.StartYear, other.Item.StartYear), Math.Min(self.EndYear, other.EndYear));
        return episodes.Count(e => e.Id == self.Id || e.Id == other.Id
            || alike(e) && e.Item.StartYear <= to && e.EndYear >= from && e.Countries.Any(c => regions.Contains(c.Region)));
    }

    static bool StartedWith(Candidate episode, Candidate other) => Math.Abs(episode.Item.StartYear - other.Item.StartYear) <= SameCampaignStart;

    /// <summary>The episode's countries, with the states they succeeded or were succeeded by: aid to North Vietnam and aid to
    /// Vietnam in Cambodia are about the same country. Not a successor's other predecessors (North and South Vietnam stay apart).</summary>
    static async Task<List<string>> SameCountries(EncyclopediaDb db, Candidate self)
    {
        var slugs = self.Countries.Select(c => c.Slug).ToList();
        var kin = await db.ReadAsync(connection => connection.Rows("""
            SELECT CASE WHEN h."Slug" IN (SELECT "value" FROM json_each(@slugs)) THEN s."Slug" ELSE h."Slug" END
            FROM "CountrySuccessions" AS c
            JOIN "Countries" AS h ON c."HistoricalId" = h."Id"
            JOIN "Countries" AS s ON c."SuccessorId" = s."Id"
            WHERE h."Slug" IN (SELECT "value" FROM json_each(@slugs)) OR s."Slug" IN (SELECT "value" FROM json_each(@slugs))
            """, r => r.GetString(0), ("@slugs", PlainQueries.Json(slugs))));
        return [.. slugs.Union(kin)];
    }

    /// <summary>For each of the given actors, on how many episodes it is named for more than being mentioned.</summary>
    static async Task<Dictionary<string, int>> EpisodesOf(EncyclopediaDb db, List<string> actors) =>
        (await db.ReadAsync(connection => connection.Rows("""
            SELECT a."Slug", COUNT(DISTINCT e."EpisodeId") FROM "EpisodeActors" AS e
            JOIN "Actors" AS a ON e."ActorId" = a."Id"
            WHERE NOT e."AlsoMentioned" AND a."Slug" IN (SELECT "value" FROM json_each(@actors))
            GROUP BY a."Slug"
            """, r => (Slug: r.GetString(0), Count: r.GetInt32(1)), ("@actors", PlainQueries.Json(actors)))))
        .ToDictionary(a => a.Slug, a => a.Count);

    /// <summary>The other episodes one of this episode's passages also tells (its own or one it shares), with that passage's
    /// source: "On 30 March the Red Army entered Austria …" in a passage on the fall of Germany tells both. A passage telling more
    /// than <see cref="MostInOneCampaign"/> episodes is an overview ("By July 1945 Stalin's troops controlled Finland, Poland, …")
    /// and relates none of them.</summary>
    static async Task<Dictionary<int, string>> ToldTogether(EncyclopediaDb db, int episodeId)
    {
        // The passage's owner and every episode sharing it, for each passage the episode owns or shares.
        var tellings = await db.ReadAsync(connection => connection.Rows("""
            SELECT p."Id", p."EpisodeId", s."Title" FROM "Passages" AS p
            JOIN "Sources" AS s ON p."SourceDocumentId" = s."Id"
            WHERE p."Id" IN (SELECT "Id" FROM "Passages" WHERE "EpisodeId" = @id
                UNION SELECT "PassageId" FROM "SharedPassages" WHERE "EpisodeId" = @id)
                AND p."EpisodeId" IS NOT NULL
            UNION ALL
            SELECT h."PassageId", h."EpisodeId", s."Title" FROM "SharedPassages" AS h
            JOIN "Passages" AS p ON h."PassageId" = p."Id"
            JOIN "Sources" AS s ON p."SourceDocumentId" = s."Id"
            WHERE h."PassageId" IN (SELECT "Id" FROM "Passages" WHERE "EpisodeId" = @id
                UNION SELECT "PassageId" FROM "SharedPassages" WHERE "EpisodeId" = @id)
            """, r => (Passage: r.GetInt32(0), Episode: r.GetInt32(1), Title: r.GetString(2)), ("@id", episodeId)));
        var found = new Dictionary<int, string>();
        foreach (var passage in tellings.GroupBy(t => t.Passage).Where(p => p.Select(t => t.Episode).Distinct().Count() <= MostInOneCampaign).OrderBy(p => p.Key))
            foreach (var other in passage.Where(t => t.Episode != episodeId).OrderBy(t => t.Episode))
                found.TryAdd(other.Episode, other.Title);
        return found;
    }

    /// <summary>The other episodes whose passages a source puts under the same heading naming a war as this episode's own
    /// passages ("… › 1941–1949: World War II, formation of the bloc › …"), with the war's name.</summary>
    static async Task<Dictionary<int, string>> SameWar(EncyclopediaDb db, int episodeId)
    {
        var episodesUnder = await db.ReadAsync(connection =>
        {
            var own = connection.Rows("""
                SELECT DISTINCT p."SourceDocumentId", p."SectionPath", s."Title" FROM "Passages" AS p
                JOIN "Sources" AS s ON p."SourceDocumentId" = s."Id"
                WHERE p."EpisodeId" = @id
                """, r => (SourceDocumentId: r.GetInt32(0), SectionPath: r.GetString(1), Title: r.GetString(2)), ("@id", episodeId));
            var headings = own.SelectMany(p => WarHeadings(p.SectionPath, p.Title).Select(h => (p.SourceDocumentId, h.Path, h.War))).Distinct().ToList();
            // A heading's own passages and those of the sections under it ("path › …"; LIKE with its wildcards escaped).
            var under = headings.Select(h => (h.War, Episodes: connection.Rows("""
                SELECT DISTINCT "EpisodeId" FROM "Passages"
                WHERE "SourceDocumentId" = @document AND "EpisodeId" IS NOT NULL AND "EpisodeId" <> @id
                    AND ("SectionPath" = @path OR "SectionPath" LIKE @under ESCAPE '\')
                """, r => r.GetInt32(0), ("@document", h.SourceDocumentId), ("@id", episodeId), ("@path", h.Path),
                ("@under", PlainQueries.LikeEscaped(h.Path + " \u203a ") + "%")))).ToList();
            return under;
        });
        var found = new Dictionary<int, string>();
        foreach (var (war, episodes) in episodesUnder)
            foreach (var id in episodes) found.TryAdd(id, war);
        return found;
    }

    /// <summary>Each heading of a section path that names a war, as the path down to it and the war's name: one above the passage's
    /// own section, or its own section when that heading dates the war ("1941–1949: World War II, formation of the bloc").</summary>
    // Not the document's own title: an article named after a war ("Continuation War") tells the episodes before it in its
    // background, and those are not its fronts. Nor an undated section of its own: a war's fronts are sections under it or
    // passages of its period ("World War II › 1944: Bulgaria"); episodes told side by side in a section named after a war
    // ("Background › Winter War" names the invasion of Poland as what came before) are not.
    static IEnumerable<(string Path, string War)> WarHeadings(string sectionPath, string documentTitle)
    {
        var headings = sectionPath.Split(" \u203a ");
        for (var i = headings[0] == documentTitle ? 1 : 0; i < headings.Length; i++)
            if ((i < headings.Length - 1 || headings[i].Any(char.IsDigit)) && SovietActs.WarIn(headings[i]) is { } war)
                yield return (string.Join(" \u203a ", headings[..(i + 1)]), war);
    }

    /// <summary>Kinds in which Soviet forces struck a place (an invasion, an occupation, a war, a blockade): two of them in one region
    /// begun within <see cref="SameCampaignStart"/> of each other are most often fronts of one war, whichever the kind.</summary>
    static readonly EpisodeKind[] Force = [EpisodeKind.Invasion, EpisodeKind.Occupation, EpisodeKind.War, EpisodeKind.Blockade];

    static bool IsForce(EpisodeKind kind) => Force.Contains(kind);

    /// <summary>This episode's actors less its most common ones, as many of them as weigh under <see cref="Threshold"/>
    /// all together: an episode that shares only those cannot be related by its people, so they need not be read.</summary>
    static List<string> RareEnoughToRelate(Dictionary<string, int> episodesOf)
    {
        var rare = new List<string>();
        var common = 0.0;
        foreach (var (slug, count) in episodesOf.OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal))
        {
            if (rare.Count == 0 && common + 1.0 / count < Threshold) common += 1.0 / count;
            else rare.Add(slug);
        }
        return rare;
    }

    /// <summary>What one actor of another episode adds: 1 / the episodes it is on when this page names it too, halved
    /// when neither page gives it a role beyond "involved"; 0 when this page does not name it.</summary>
    static double Rarity(string slug, string role, List<(string Slug, string Name, string Role)> mine, Dictionary<string, int> episodesOf)
    {
        var here = mine.Where(a => a.Slug == slug).Select(a => a.Role).ToList();
        if (here.Count == 0 || !episodesOf.TryGetValue(slug, out var count)) return 0;
        var saysMore = !ActorRoles.SaysOnlyTheSide(role) || here.Any(r => !ActorRoles.SaysOnlyTheSide(r));
        return (saysMore ? 1.0 : 0.5) / count;
    }

    /// <summary>The episodes with their countries, actors and events, in four flat statements by id: a split query
    /// with nested projections built a new shaper on every call. Plain SQL with the ids as one JSON parameter, read
    /// through the context's connection: as LINQ, EF Core built and walked each statement's expression tree on every call
    /// (twice per episode page), more than the rows themselves allocated (docs/benchmarks.md, nineteenth round).</summary>
    static Task<List<Candidate>> Load(EncyclopediaDb db, List<int> ids) => db.ReadAsync(connection =>
    {
        var json = PlainQueries.Json(ids);
        var countries = connection.Rows("""
            SELECT e."EpisodeId", c."Slug", c."Name", c."Region" FROM "EpisodeCountries" AS e
            JOIN "Countries" AS c ON e."CountryId" = c."Id"
            WHERE e."EpisodeId" IN (SELECT "value" FROM json_each(@ids)) AND e."Role" <> 'Participant'
            ORDER BY e."EpisodeId", e."CountryId"
            """, r => (Episode: r.GetInt32(0), Country: (Slug: r.GetString(1), Name: r.GetString(2), Region: r.GetString(3))), ("@ids", json))
            .ToLookup(c => c.Episode, c => c.Country);
        var actors = connection.Rows("""
            SELECT e."EpisodeId", a."Slug", a."Name", e."Role" FROM "EpisodeActors" AS e
            JOIN "Actors" AS a ON e."ActorId" = a."Id"
            WHERE e."EpisodeId" IN (SELECT "value" FROM json_each(@ids)) AND NOT e."AlsoMentioned"
            ORDER BY e."EpisodeId", e."ActorId"
            """, r => (Episode: r.GetInt32(0), Actor: (Slug: r.GetString(1), Name: r.GetString(2), Role: r.GetString(3))), ("@ids", json))
            .ToLookup(a => a.Episode, a => a.Actor);
        var events = connection.Rows("""
            SELECT l."EpisodeId", d."Text" FROM "EventLinks" AS l
            JOIN "Events" AS d ON l."EventId" = d."Id"
            WHERE l."EpisodeId" IN (SELECT "value" FROM json_each(@ids))
            ORDER BY l."EpisodeId", l."EventId"
            """, r => (Episode: r.GetInt32(0), Text: r.GetString(1)), ("@ids", json))
            .ToLookup(l => l.Episode, l => l.Text);
        var episodes = connection.Rows("""
            SELECT "Id", "EndYear", "Slug", "Title", "Kind", "Start", "End", "StartYear" FROM "Episodes"
            WHERE "Id" IN (SELECT "value" FROM json_each(@ids))
            ORDER BY "Id"
            """, r => (Id: r.GetInt32(0), EndYear: r.GetInt32(1), Item: new EpisodeListItem(r.GetString(2), r.GetString(3),
                Enum.Parse<EpisodeKind>(r.GetString(4)), r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetInt32(7))), ("@ids", json));
        return episodes.Select(e => new Candidate(e.Item, e.Id, e.EndYear, [.. countries[e.Id]], [.. actors[e.Id]], [.. events[e.Id]])).ToList();
    });
}
