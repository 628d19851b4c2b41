using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Export;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Search;

/// <summary>
/// The filters the search page, the country and decade pages and the API share.
/// Country and actor are slugs; a text query is handled by <see cref="EpisodeSearch"/>, not here.
/// </summary>
public sealed record EpisodeFilter(string? Q, string? Country, string? Actor, Decade? Decade, EpisodeKind? Kind)
{
    public static readonly EpisodeFilter None = new(null, null, null, null, null);

    /// <summary>Longest text kept from a query; longer input is cut, not rejected.</summary>
    public const int MaxQueryLength = 500;
    const int MaxSlugLength = 100;

    public bool IsEmpty => Q is null && Country is null && Actor is null && Decade is null && Kind is null;

    /// <summary>Reads the filters from query values; <paramref name="error"/> names the first value that cannot be understood.</summary>
    public static EpisodeFilter Parse(string? q, string? country, string? actor, string? decade, string? kind, out string? error)
    {
        error = null;
        Decade? parsedDecade = null;
        EpisodeKind? parsedKind = null;
        if (Blank(decade) is { } d)
        {
            if (Site.Decade.TryParse(d, out var value)) parsedDecade = value;
            else error = "decade must be written like 1950s, from 1910s to 1990s";
        }
        if (Blank(kind) is { } k)
        {
            if (TryParseKind(k, out var value)) parsedKind = value;
            else error ??= $"kind must be one of {string.Join(", ", Enum.GetValues<EpisodeKind>().Select(EpisodeJson.KindName))}";
        }
        return new EpisodeFilter(Clean(q, MaxQueryLength), Clean(country, MaxSlugLength), Clean(actor, MaxSlugLength), parsedDecade, parsedKind);
    }

    public static EpisodeFilter FromQuery(IQueryCollection query, out string? error) =>
        Parse(query["q"], query["country"], query["actor"], query["decade"], query["kind"], out error);

    public static bool TryParseKind(string text, out EpisodeKind kind)
    {
        foreach (var value in Enum.GetValues<EpisodeKind>())
        {
            if (string.Equals(EpisodeJson.KindName(value), text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                kind = value;
                return true;
            }
        }
        kind = default;
        return false;
    }

    /// <summary>
    /// The episodes of the database that pass: country (interventions in it, against or for its government: "Hungary" is not
    /// those it joined), actor, decade and kind. Country and actor are id lists (IN), not EXISTS per episode, so that
    /// SQLite starts from the country's or actor's index instead of reading every episode.
    /// </summary>
    public IQueryable<Episode> Apply(EncyclopediaDb db)
    {
        IQueryable<Episode> episodes = db.Episodes;
        if (Country is { } country)
        {
            var ids = db.EpisodeCountries.Where(c => c.Country.Slug == country && c.Role != CountryRole.Participant).Select(c => c.EpisodeId);
            episodes = episodes.Where(e => ids.Contains(e.Id));
        }
        if (Actor is { } actor)
        {
            var ids = db.EpisodeActors.Where(a => a.Actor.Slug == actor).Select(a => a.EpisodeId);
            episodes = episodes.Where(e => ids.Contains(e.Id));
        }
        if (Decade is { } decade)
        {
            int start = decade.StartYear, end = decade.EndYear;
            episodes = episodes.Where(e => e.StartYear <= end && e.EndYear >= start);
        }
        if (Kind is { } kind) episodes = episodes.Where(e => e.Kind == kind);
        return episodes;
    }

    /// <summary>The same filter as query-string pairs, for links that change one value and keep the rest.</summary>
    public IEnumerable<KeyValuePair<string, string>> QueryPairs()
    {
        if (Q is not null) yield return new("q", Q);
        if (Country is not null) yield return new("country", Country);
        if (Actor is not null) yield return new("actor", Actor);
        if (Decade is { } d) yield return new("decade", d.ToString());
        if (Kind is { } k) yield return new("kind", EpisodeJson.KindName(k));
    }

    public string KindName => Kind is { } k ? EpisodeJson.KindName(k) : "";

    /// <summary>Whether the slugs name things that exist, so that an unknown one can be reported rather than silently matching nothing.</summary>
    public async Task<string?> UnknownSlugAsync(EncyclopediaDb db)
    {
        if (Country is { } c && !await db.Countries.AnyAsync(x => x.Slug == c)) return "country";
        if (Actor is { } a && !await db.Actors.AnyAsync(x => x.Slug == a)) return "actor";
        return null;
    }

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    static string? Clean(string? text, int max)
    {
        if (Blank(text) is not { } t) return null;
        t = new string([.. t.Where(ch => !char.IsControl(ch))]);
        if (t.Length > max) t = t[..max];
        // Cutting may leave half a surrogate pair, which would not encode.
        if (t.Length > 0 && char.IsHighSurrogate(t[^1])) t = t[..^1];
        return Blank(t);
    }
}
