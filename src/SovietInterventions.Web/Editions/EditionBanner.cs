using Microsoft.AspNetCore.Mvc.RazorPages;
using SovietInterventions.Core.Editions;

namespace SovietInterventions.Web.Editions;

public enum CurrentPageState { Same, Differs, Gone, MayDiffer }

/// <summary>What the banner on an edition's page says: which edition, where the current page is, and whether it differs.</summary>
public sealed record EditionBannerText(Edition Edition, bool IsCurrentEdition, string CurrentPath, CurrentPageState State, string? ChangesPath);

public sealed class EditionBanner(PageEdition page, EditionCatalog catalog, EditionDatabases databases)
{
    public async Task<EditionBannerText?> ForAsync(ViewContextInfo view)
    {
        if (page.Requested is not { } edition) return null;
        var currentPath = page.CurrentPath();
        if (page.IsCurrent(edition)) return new(edition, true, currentPath, CurrentPageState.Same, null);
        if (view.Slug is not null && PageSnapshot.EntityOf(view.PagePath) is { } entity) return await ForEntityAsync(edition, entity, view.Slug, currentPath);
        if (view.PagePath != "/Episodes/Show" || view.Slug is null) return new(edition, false, currentPath, CurrentPageState.MayDiffer, null);

        using var old = databases.Open(catalog.FileOf(edition));
        using var current = databases.OpenCurrent();
        var then = EpisodeSnapshot.Load(old, [view.Slug]).SingleOrDefault();
        if (then is null) return new(edition, false, currentPath, CurrentPageState.MayDiffer, null);
        var nowSlug = EpisodeSnapshot.CurrentSlugs(current).GetValueOrDefault(then.Slug, then.Slug);
        var now = EpisodeSnapshot.Load(current, [nowSlug]).SingleOrDefault();
        if (now is null) return new(edition, false, currentPath, CurrentPageState.Gone, null);
        var changes = Site.SitePaths.EpisodeChanges(now.Slug);
        var state = EpisodeDifference.Between(then, now).Changed ? CurrentPageState.Differs : CurrentPageState.Same;
        return new(edition, false, Site.SitePaths.Episode(now.Slug), state, changes);
    }

    async Task<EditionBannerText> ForEntityAsync(Edition edition, Core.Model.SlugEntity entity, string slug, string currentPath)
    {
        using var old = databases.Open(catalog.FileOf(edition));
        using var current = databases.OpenCurrent();
        var then = await PageSnapshot.LoadAsync(old, entity, slug);
        var nowSlug = await PageSnapshot.CurrentSlugAsync(current, entity, slug);
        var now = await PageSnapshot.LoadAsync(current, entity, nowSlug);
        var path = Site.SitePaths.For(entity, nowSlug);
        if (then is null) return new(edition, false, currentPath, CurrentPageState.MayDiffer, null);
        if (now is null) return new(edition, false, currentPath, CurrentPageState.Gone, null);
        return new(edition, false, path, then.SequenceEqual(now) ? CurrentPageState.Same : CurrentPageState.Differs, null);
    }
}

/// <summary>The little a banner needs to know about the page it sits on.</summary>
public sealed record ViewContextInfo(string? PagePath, string? Slug)
{
    public static ViewContextInfo Of(Microsoft.AspNetCore.Mvc.Rendering.ViewContext view) => new(
        (view.ActionDescriptor as CompiledPageActionDescriptor)?.ViewEnginePath,
        view.RouteData.Values["slug"] as string);
}
