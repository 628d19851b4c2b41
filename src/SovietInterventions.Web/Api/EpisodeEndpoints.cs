using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Export;
using SovietInterventions.Web.Search;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Api;

public static class EpisodeEndpoints
{
    public static void MapEpisodeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/episodes", ListAsync).WithSummary("Episodes matching the filters, a page at a time");
        api.MapGet("/episodes/{slug}", GetAsync).WithSummary("One episode with the passages it was drawn from");
        api.MapGet("/search", SearchAsync).WithSummary("Full-text search, best match first, with snippets");
    }

    static async Task<IResult> ListAsync(EncyclopediaDb db, EpisodeSearch search,
        string? q, string? country, string? actor, string? decade, string? kind, string? page, string? pageSize, CancellationToken cancel)
    {
        var filter = EpisodeFilter.Parse(q, country, actor, decade, kind, out var error);
        if (error is not null) return Problems.BadRequest(error);
        if (!Paging.TryParse(page, pageSize, out var paging, out error)) return Problems.BadRequest(error!);
        if (await filter.UnknownSlugAsync(db) is { } unknown) return Problems.BadRequest($"{unknown} is not a known slug");

        var result = await search.RunAsync(filter, cancel, paging.Range);
        var ids = result.Hits.Select(h => h.Id).ToList();
        var loaded = EpisodeJson.Load(db, db.Episodes.Where(e => ids.Contains(e.Id))).ToDictionary(e => e.Slug);
        return Results.Ok(new PageOf<EpisodeJson>(result.Total, paging.Page, paging.PageSize, [.. result.Hits.Select(h => loaded[h.Slug])]));
    }

    static async Task<IResult> GetAsync(EncyclopediaDb db, string slug, CancellationToken cancel)
    {
        var episode = EpisodeJson.Load(db, db.Episodes.Where(e => e.Slug == slug)).FirstOrDefault();
        if (episode is null) return Problems.NotFound("episode");
        var rows = await db.Passages.Where(p => p.Episode!.Slug == slug)
            .OrderBy(p => p.SourceDocument.FileName).ThenBy(p => p.Position)
            .Select(p => new { p.SourceDocument.FileName, DocumentSlug = p.SourceDocument.Slug, p.SectionPath, p.Position, p.Line, p.Text })
            .ToListAsync(cancel);
        var passages = rows.Select(p => new PassageJson(p.FileName, p.SectionPath, p.Position, p.Line, p.Text, SitePaths.Passage(p.DocumentSlug, p.Position))).ToList();
        return Results.Ok(EpisodeDetailJson.Of(episode, passages));
    }

    static async Task<IResult> SearchAsync(EpisodeSearch search, string? q, CancellationToken cancel)
    {
        var filter = EpisodeFilter.Parse(q, null, null, null, null, out _);
        if (filter.Q is null) return Problems.BadRequest("q is required");
        var result = await search.RunAsync(filter, cancel);
        // With nothing searchable the filter would match everything; answer nothing and say why instead.
        var hits = result.TextIgnored ? [] : result.Hits;
        return Results.Ok(new SearchJson(result.Message, hits.Count, [.. hits.Select(h => new SearchHitJson(
            h.Slug, h.Title, SitePaths.Episode(h.Slug), EpisodeJson.KindName(h.Kind), h.Start, h.End, h.Rank,
            h.Snippet is null ? null : Snippet.ToText(h.Snippet)))]));
    }
}
