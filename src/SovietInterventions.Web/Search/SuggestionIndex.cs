using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Web.Hosting;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Search;

/// <summary>
/// What the 404 page and the "did you mean" line compare a request with, read once per database (not per request,
/// so a flood of unique mistyped URLs costs a scan of a small list, not a database query each).
/// </summary>
public sealed partial class SuggestionIndex(IServiceScopeFactory scopes, DatabaseVersion version)
{
    public sealed record Entry(EpisodeListItem Episode, IReadOnlyList<string> Words);

    /// <summary>Episodes with the words of their slug and title; country and actor name words for near spellings.</summary>
    public sealed record Snapshot(int Generation, IReadOnlyList<Entry> Episodes, IReadOnlyList<string> Names)
    {
        /// <summary>Names in lower case, index for index, so that a search does not lower every name again.</summary>
        public IReadOnlyList<string> LowerNames { get; } = [.. Names.Select(n => n.ToLowerInvariant())];
    }

    readonly SemaphoreSlim gate = new(1, 1);
    Snapshot? current;

    public async Task<Snapshot> GetAsync(CancellationToken cancel = default)
    {
        var generation = version.Generation;
        if (Volatile.Read(ref current) is { } ready && ready.Generation == generation) return ready;
        await gate.WaitAsync(cancel);
        try
        {
            if (current is { } built && built.Generation == generation) return built;
            var snapshot = await BuildAsync(generation, cancel);
            // A build that raced with a new import may have read the old file: use it once, never keep it.
            if (version.Generation == generation) Volatile.Write(ref current, snapshot);
            return snapshot;
        }
        finally
        {
            gate.Release();
        }
    }

    async Task<Snapshot> BuildAsync(int generation, CancellationToken cancel)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EncyclopediaDb>();
        var episodes = await db.Episodes.Select(EpisodeListItem.FromEpisode).ToListAsync(cancel);
        var names = await db.Countries.Select(c => c.Name)
            .Concat(db.CountryAliases.Select(a => a.Name))
            .Concat(db.Actors.Select(a => a.Name))
            .Concat(db.ActorAliases.Select(a => a.Name))
            .ToListAsync(cancel);
        return new Snapshot(
            generation,
            [.. episodes.Select(e => new Entry(e, Words(e.Slug + " " + e.Title)))],
            [.. names.SelectMany(n => FtsQuery.Words(n).Where(w => w.Length >= 3)).Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>Lower-case words of three letters or more, at most ten, each once.</summary>
    public static List<string> Words(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 3).Distinct().Take(10)];

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex Word();
}
