using Microsoft.Data.Sqlite;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// Keeps old links working: reads the slugs of the database being replaced and, for every entity
/// whose slug changed, records old → new, carrying forward every redirect the old database had.
/// </summary>
internal sealed class SlugHistory
{
    public sealed record PreviousEpisode(string Slug, int StartYear, int EndYear, IReadOnlyList<string> Targets);

    public sealed record PreviousNamed(string Slug, IReadOnlyList<string> Names);

    public IReadOnlyList<PreviousEpisode> Episodes { get; private init; } = [];
    public IReadOnlyList<PreviousNamed> Countries { get; private init; } = [];
    public IReadOnlyList<PreviousNamed> Actors { get; private init; } = [];
    public IReadOnlyList<SlugRedirect> Redirects { get; private init; } = [];

    public static SlugHistory Empty { get; } = new();

    /// <summary>Reads the previous database; a missing or unreadable one has no history.</summary>
    public static SlugHistory Read(string databasePath)
    {
        if (!File.Exists(databasePath)) return Empty;
        try
        {
            // Plain queries rather than EF Core: an import should not pay for building the model to read four lists.
            using var connection = PlainSql.ReadOnly(databasePath);
            connection.Open();
            var targets = connection.Rows($"""
                SELECT ec.EpisodeId, c.Slug FROM EpisodeCountries ec JOIN Countries c ON c.Id = ec.CountryId
                WHERE ec.Role = '{CountryRole.Target}' ORDER BY ec.EpisodeId, c.Id
                """, r => (Episode: r.GetInt32(0), Slug: r.GetString(1))).ToLookup(t => t.Episode, t => t.Slug);
            return new SlugHistory
            {
                Episodes = connection.Rows("SELECT Id, Slug, StartYear, EndYear FROM Episodes ORDER BY Id",
                    r => new PreviousEpisode(r.GetString(1), r.GetInt32(2), r.GetInt32(3), targets[r.GetInt32(0)].ToList())),
                Countries = Named(connection, "Countries", "CountryAliases", "CountryId"),
                Actors = Named(connection, "Actors", "ActorAliases", "ActorId"),
                Redirects = connection.Rows("SELECT Id, Entity, OldSlug, CurrentSlug FROM SlugRedirects ORDER BY Id", r => new SlugRedirect
                {
                    Id = r.GetInt32(0), Entity = Enum.Parse<SlugEntity>(r.GetString(1)), OldSlug = r.GetString(2), CurrentSlug = r.GetString(3),
                }),
            };
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or ArgumentException)
        {
            return Empty;
        }
    }

    private static List<PreviousNamed> Named(SqliteConnection connection, string table, string aliasTable, string key)
    {
        var aliases = connection.Rows($"SELECT {key}, Name FROM {aliasTable} ORDER BY Id", r => (Owner: r.GetInt32(0), Name: r.GetString(1)))
            .ToLookup(a => a.Owner, a => a.Name);
        return connection.Rows($"SELECT Id, Slug, Name FROM {table} ORDER BY Id",
            r => new PreviousNamed(r.GetString(1), [r.GetString(2), .. aliases[r.GetInt32(0)]]));
    }

    public List<SlugRedirect> RedirectsFor(
        IReadOnlyList<PreviousEpisode> episodes, IReadOnlyList<PreviousNamed> countries, IReadOnlyList<PreviousNamed> actors)
    {
        var moves = new List<SlugRedirect>();
        moves.AddRange(EpisodeMoves(episodes));
        moves.AddRange(NamedMoves(SlugEntity.Country, Countries, countries));
        moves.AddRange(NamedMoves(SlugEntity.Actor, Actors, actors));

        var live = new Dictionary<SlugEntity, HashSet<string>>
        {
            [SlugEntity.Episode] = episodes.Select(e => e.Slug).ToHashSet(),
            [SlugEntity.Country] = countries.Select(c => c.Slug).ToHashSet(),
            [SlugEntity.Actor] = actors.Select(a => a.Slug).ToHashSet(),
        };
        var result = new Dictionary<(SlugEntity, string), string>();
        foreach (var move in moves) result[(move.Entity, move.OldSlug)] = move.CurrentSlug;
        foreach (var old in Redirects)
        {
            var current = result.GetValueOrDefault((old.Entity, old.CurrentSlug), old.CurrentSlug);
            result.TryAdd((old.Entity, old.OldSlug), current);
        }
        return result
            .Where(r => !(live.TryGetValue(r.Key.Item1, out var slugs) && slugs.Contains(r.Key.Item2)) && r.Key.Item2 != r.Value)
            .Select(r => new SlugRedirect { Entity = r.Key.Item1, OldSlug = r.Key.Item2, CurrentSlug = r.Value })
            .OrderBy(r => r.Entity).ThenBy(r => r.OldSlug, StringComparer.Ordinal)
            .ToList();
    }

    // An episode keeps its identity when a new one shares a target country and overlapping years.
    private IEnumerable<SlugRedirect> EpisodeMoves(IReadOnlyList<PreviousEpisode> now)
    {
        var nowSlugs = now.Select(e => e.Slug).ToHashSet();
        foreach (var old in Episodes.Where(o => !nowSlugs.Contains(o.Slug)))
        {
            var match = now
                .Where(n => n.Targets.Intersect(old.Targets).Any() && n.StartYear <= old.EndYear + 1 && n.EndYear >= old.StartYear - 1)
                .OrderByDescending(n => n.Targets.Intersect(old.Targets).Count())
                .ThenBy(n => Math.Abs(n.StartYear - old.StartYear))
                .FirstOrDefault();
            if (match is not null) yield return new SlugRedirect { Entity = SlugEntity.Episode, OldSlug = old.Slug, CurrentSlug = match.Slug };
        }
    }

    private static IEnumerable<SlugRedirect> NamedMoves(SlugEntity entity, IReadOnlyList<PreviousNamed> before, IReadOnlyList<PreviousNamed> now)
    {
        var nowSlugs = now.Select(e => e.Slug).ToHashSet();
        foreach (var old in before.Where(o => !nowSlugs.Contains(o.Slug)))
        {
            var match = now.FirstOrDefault(n => n.Names.Intersect(old.Names, StringComparer.OrdinalIgnoreCase).Any());
            if (match is not null) yield return new SlugRedirect { Entity = entity, OldSlug = old.Slug, CurrentSlug = match.Slug };
        }
    }
}
