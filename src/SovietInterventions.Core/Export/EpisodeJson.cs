using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Export;

public sealed record CountryRef(string Slug, string Name, string Role);

public sealed record ActorRef(string Slug, string Name, string Type, string Role);

public sealed record SourceRef(string Document, string Title, string Section, string Url);

public sealed record EventRef(string Date, string Text);

/// <summary>An episode as the export and the JSON API show it.</summary>
public sealed record EpisodeJson(
    string Slug, string Title, string Url, string Kind, string Summary, string StartDate, string? EndDate,
    IReadOnlyList<CountryRef> Countries, IReadOnlyList<ActorRef> Actors, IReadOnlyList<SourceRef> Sources, IReadOnlyList<EventRef> Events)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Generated at build, not found by reflection (the site runs with reflection-based serialization off).
        TypeInfoResolver = EpisodeJsonContext.Default,
    };

    public static string KindName(EpisodeKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    public static string TypeName(ActorType type) => JsonNamingPolicy.KebabCaseLower.ConvertName(type.ToString());

    /// <summary>Episodes in time order, each with its countries, actors, sources and events, in five queries.</summary>
    public static List<EpisodeJson> Load(EncyclopediaDb db, IQueryable<Episode>? episodes = null)
    {
        episodes ??= db.Episodes;
        var rows = episodes.AsNoTracking().OrderBy(e => e.Start).ThenBy(e => e.Slug).Select(e => new
        {
            e.Id, e.Slug, e.Title, e.Kind, e.Summary, e.Start, e.End,
            Countries = e.Countries.OrderBy(c => c.Role).ThenBy(c => c.Country.Name)
                .Select(c => new { c.Country.Slug, c.Country.Name, c.Role }).ToList(),
            Actors = e.Actors.OrderBy(a => a.Actor.Name).Select(a => new { a.Actor.Slug, a.Actor.Name, a.Actor.Type, a.Role }).ToList(),
            Sources = e.Passages.OrderBy(p => p.SourceDocument.FileName).ThenBy(p => p.Position)
                .Select(p => new SourceRow(p.SourceDocument.FileName, p.SourceDocument.Title, p.SourceDocument.Slug, p.SectionPath, p.Position)).ToList(),
            // Passages of another episode that also tell this one (a line naming two interventions).
            Shared = e.SharedPassages.Select(s => s.Passage)
                .Select(p => new SourceRow(p.SourceDocument.FileName, p.SourceDocument.Title, p.SourceDocument.Slug, p.SectionPath, p.Position)).ToList(),
            Events = e.Events.OrderBy(v => v.Date).ThenBy(v => v.Id).Select(v => new EventRef(v.Date, v.Text)).ToList(),
        }).AsSplitQuery().ToList();

        return rows.Select(e => new EpisodeJson(
            e.Slug, e.Title, $"/episodes/{e.Slug}", KindName(e.Kind), e.Summary, e.Start, e.End,
            e.Countries.Select(c => new CountryRef(c.Slug, c.Name, c.Role.ToString().ToLowerInvariant())).ToList(),
            e.Actors.Select(a => new ActorRef(a.Slug, a.Name, TypeName(a.Type), a.Role)).ToList(),
            e.Sources.Concat(e.Shared).OrderBy(s => s.FileName, StringComparer.Ordinal).ThenBy(s => s.Position)
                .GroupBy(s => (s.FileName, Section: LastSection(s.SectionPath)))
                .Select(g => new SourceRef(g.Key.FileName, g.First().Title, g.Key.Section, $"/sources/{g.First().DocumentSlug}#p{g.First().Position}"))
                .ToList(),
            e.Events)).ToList();
    }

    private sealed record SourceRow(string FileName, string Title, string DocumentSlug, string SectionPath, int Position);

    private static string LastSection(string path)
    {
        var at = path.LastIndexOf(" › ", StringComparison.Ordinal);
        return at < 0 ? path : path[(at + 3)..];
    }
}

/// <summary>The export's types, for <see cref="EpisodeJson.Options"/>: the layout and names come from those options.</summary>
[JsonSerializable(typeof(List<EpisodeJson>))]
public sealed partial class EpisodeJsonContext : JsonSerializerContext;
