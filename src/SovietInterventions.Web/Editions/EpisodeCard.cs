using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Editions;

/// <summary>An episode as the embed card and the handout print it: the essentials, with its events and sources.</summary>
public sealed record EpisodeCard(
    string Slug, string Title, EpisodeKind Kind, string Start, string? End, int StartYear, int EndYear, string Summary,
    List<string> Lead, List<(InfoboxField Field, string Value)> Infobox, List<string> Targets,
    List<(string Date, string Text)> Events, List<(string Title, string Section)> Sources)
{
    /// <summary>The lead the sources give, or else the importer's summary.</summary>
    public string Introduction => Lead.Count > 0 ? string.Join(' ', Lead) : Summary;

    public static async Task<EpisodeCard?> LoadAsync(EncyclopediaDb db, string slug)
    {
        var row = await db.Episodes.Where(e => e.Slug == slug).Select(e => new
        {
            e.Slug, e.Title, e.Kind, e.Start, e.End, e.StartYear, e.EndYear, e.Summary,
            Lead = e.Lead.OrderBy(l => l.Order).Select(l => l.Text).ToList(),
            Infobox = e.Infobox.OrderBy(i => i.Field).ThenBy(i => i.Order).Select(i => new { i.Field, i.Value }).ToList(),
            Targets = e.Countries.Where(c => c.Role == CountryRole.Target).OrderBy(c => c.Country.Name).Select(c => c.Country.Name).ToList(),
            Events = e.Events.OrderBy(v => v.Date).ThenBy(v => v.Id).Select(v => new { v.Date, v.Text }).ToList(),
            Sources = e.Passages.OrderBy(p => p.SourceDocument.Title).ThenBy(p => p.Position)
                .Select(p => new { p.SourceDocument.Title, p.SectionPath }).ToList(),
        }).AsSplitQuery().FirstOrDefaultAsync();
        return row is null ? null : new EpisodeCard(
            row.Slug, row.Title, row.Kind, row.Start, row.End, row.StartYear, row.EndYear, row.Summary, row.Lead,
            [.. row.Infobox.Select(i => (i.Field, i.Value))], row.Targets,
            [.. row.Events.Select(v => (v.Date, v.Text))],
            [.. row.Sources.Select(s => (s.Title, s.SectionPath)).Distinct()]);
    }
}
