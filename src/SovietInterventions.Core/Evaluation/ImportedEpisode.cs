using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Evaluation;

/// <summary>An episode as an import wrote it, reduced to what the scorer compares: the countries it happened in (targets and supported governments, not participants), years, source files, actor names and aliases.</summary>
public sealed record ImportedEpisode(
    string Slug, IReadOnlyList<string> Targets, int StartYear, int EndYear, IReadOnlyList<string> Sources, IReadOnlyList<string> ActorNames)
{
    /// <summary>The names of those the page lists apart, as "also mentioned" (background, commentary): on the page, but not as its actors.</summary>
    public IReadOnlyList<string> AlsoMentioned { get; init; } = [];

    /// <summary>Every episode of a database, in slug order: five flat queries joined in memory.</summary>
    public static List<ImportedEpisode> Load(EncyclopediaDb db)
    {
        var countries = db.EpisodeCountries.AsNoTracking().Where(c => c.Role != CountryRole.Participant)
            .Select(c => new { c.EpisodeId, c.Country.Slug }).ToLookup(c => c.EpisodeId, c => c.Slug);
        var sources = db.Passages.AsNoTracking().Where(p => p.EpisodeId != null)
            .Select(p => new { EpisodeId = p.EpisodeId!.Value, p.SourceDocument.FileName })
            .Concat(db.SharedPassages.AsNoTracking().Select(s => new { s.EpisodeId, s.Passage.SourceDocument.FileName }))
            .AsEnumerable().Distinct().ToLookup(p => p.EpisodeId, p => p.FileName);
        var actors = db.EpisodeActors.AsNoTracking().Select(a => new { a.EpisodeId, a.ActorId, a.Actor.Name, a.AlsoMentioned }).ToList();
        var aliases = db.ActorAliases.AsNoTracking().ToLookup(a => a.ActorId, a => a.Name);
        var names = actors.ToLookup(a => a.EpisodeId, a => aliases[a.ActorId].Prepend(a.Name));
        var apart = actors.Where(a => a.AlsoMentioned).ToLookup(a => a.EpisodeId, a => aliases[a.ActorId].Prepend(a.Name));

        return db.Episodes.AsNoTracking().OrderBy(e => e.Slug).Select(e => new { e.Id, e.Slug, e.StartYear, e.EndYear }).AsEnumerable()
            .Select(e => new ImportedEpisode(e.Slug, countries[e.Id].Distinct().Order(StringComparer.Ordinal).ToList(), e.StartYear, e.EndYear,
                sources[e.Id].Order(StringComparer.Ordinal).ToList(), names[e.Id].SelectMany(n => n).ToList())
            { AlsoMentioned = apart[e.Id].SelectMany(n => n).ToList() })
            .ToList();
    }

    /// <summary>Historical states and their successors (Czechoslovakia and Slovakia), which count as the same target.</summary>
    public static CountryKinship Kinship(EncyclopediaDb db) =>
        new(db.CountrySuccessions.AsNoTracking().Select(s => new { H = s.Historical.Slug, S = s.Successor.Slug }).AsEnumerable().Select(s => (s.H, s.S)));
}

/// <summary>Pairs of country slugs that name the same territory for matching: a historical state and each of its successors.</summary>
public sealed class CountryKinship(IEnumerable<(string Historical, string Successor)> pairs)
{
    public static readonly CountryKinship None = new([]);

    private readonly HashSet<(string, string)> related = pairs.SelectMany(p => new[] { (p.Historical, p.Successor), (p.Successor, p.Historical) }).ToHashSet();

    public bool Same(string a, string b) => a == b || related.Contains((a, b));
}
