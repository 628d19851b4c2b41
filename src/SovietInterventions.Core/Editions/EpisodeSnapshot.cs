using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Export;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Editions;

/// <summary>What a reader sees of an episode in one edition, as lines that can be compared between editions.</summary>
public sealed record EpisodeSnapshot(
    string Slug, string Title, string Kind, string Start, string? End, string Summary,
    IReadOnlyList<string> Countries, IReadOnlyList<string> Actors, IReadOnlyList<string> Passages, IReadOnlyList<string> Events)
{
    public static List<EpisodeSnapshot> Load(EncyclopediaDb db, IReadOnlyCollection<string>? slugs = null)
    {
        var episodes = db.Episodes.AsNoTracking();
        if (slugs is not null) episodes = episodes.Where(e => slugs.Contains(e.Slug));
        return episodes.OrderBy(e => e.Slug).Select(e => new
        {
            e.Slug, e.Title, e.Kind, e.Start, e.End, e.Summary,
            Countries = e.Countries.OrderBy(c => c.Role).ThenBy(c => c.Country.Name).Select(c => new { c.Country.Name, c.Role }).ToList(),
            Actors = e.Actors.OrderBy(a => a.Actor.Name).Select(a => new { a.Actor.Name, a.Role }).ToList(),
            Passages = e.Passages.Where(p => p.Kind != PassageKind.Heading)
                .OrderBy(p => p.SourceDocument.Title).ThenBy(p => p.Position).Select(p => p.Text).ToList(),
            Events = e.Events.OrderBy(v => v.Date).ThenBy(v => v.Id).Select(v => new { v.Date, v.Text }).ToList(),
        }).AsSplitQuery().AsEnumerable().Select(e => new EpisodeSnapshot(
            e.Slug, e.Title, EpisodeJson.KindName(e.Kind), e.Start, e.End, e.Summary,
            [.. e.Countries.Select(c => $"{c.Name} ({RoleName(c.Role)})")],
            [.. e.Actors.Select(a => $"{a.Name}: {a.Role}")],
            e.Passages,
            [.. e.Events.Select(v => $"{v.Date}: {v.Text}")])).ToList();
    }

    /// <summary>Every slug the database's episodes ever had, mapped to the slug they have now.</summary>
    public static Dictionary<string, string> CurrentSlugs(EncyclopediaDb db) => db.SlugRedirects.AsNoTracking()
        .Where(r => r.Entity == SlugEntity.Episode)
        .Select(r => new { r.OldSlug, r.CurrentSlug }).AsEnumerable()
        .GroupBy(r => r.OldSlug).ToDictionary(g => g.Key, g => g.First().CurrentSlug);

    static string RoleName(CountryRole role) => role switch
    {
        CountryRole.Target => "target",
        CountryRole.Participant => "participant",
        _ => "supported government",
    };
}
