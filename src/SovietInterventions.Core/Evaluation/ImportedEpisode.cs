using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Evaluation;

/// <summary>An episode as an import wrote it, reduced to what the scorer compares: target countries, years, source files, actor names and aliases.</summary>
public sealed record ImportedEpisode(
    string Slug, IReadOnlyList<string> Targets, int StartYear, int EndYear, IReadOnlyList<string> Sources, IReadOnlyList<string> ActorNames)
{
    /// <summary>Every episode of a database, in slug order.</summary>
    public static List<ImportedEpisode> Load(EncyclopediaDb db)
    {
        var rows = db.Episodes.AsNoTracking().OrderBy(e => e.Slug).Select(e => new
        {
            e.Slug, e.StartYear, e.EndYear,
            Targets = e.Countries.Where(c => c.Role == CountryRole.Target).Select(c => c.Country.Slug).ToList(),
            Sources = e.Passages.Select(p => p.SourceDocument.FileName).Distinct().ToList(),
            Actors = e.Actors.Select(a => a.Actor.Name).ToList(),
            Aliases = e.Actors.SelectMany(a => a.Actor.Aliases).Select(a => a.Name).ToList(),
        }).AsSplitQuery().ToList();
        return rows.Select(r => new ImportedEpisode(r.Slug, r.Targets.Order(StringComparer.Ordinal).ToList(), r.StartYear, r.EndYear,
            r.Sources.Order(StringComparer.Ordinal).ToList(), r.Actors.Concat(r.Aliases).ToList())).ToList();
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
