using SovietInterventions.Core.Editions;

namespace SovietInterventions.Web.Editions;

/// <summary>The edition a page shows (the one its URL names, or else the current one) and its permanent link.</summary>
public sealed class PageEdition(EditionCatalog catalog, IHttpContextAccessor accessor)
{
    HttpContext Context => accessor.HttpContext ?? throw new InvalidOperationException("No request.");

    /// <summary>The edition named in the URL, or null on the current site.</summary>
    public Edition? Requested => catalog.Find(EditionRequest.Id(Context));

    /// <summary>The edition being read: the requested one, or else the current one (null before the first edition).</summary>
    public Edition? Shown => Requested ?? catalog.Find(catalog.Index.Current);

    public bool IsCurrent(Edition edition) => catalog.Index.Current == edition.Id;

    /// <summary>This page's path on the current site.</summary>
    public string CurrentPath(string? path = null)
    {
        path ??= Context.Request.Path.Value ?? "/";
        return EditionRequest.Id(Context) is { } id ? EditionRequest.CurrentPath(path, id) : path;
    }

    /// <summary>This page's path inside the edition shown, which will always show what it shows now; the current path when there is no edition yet.</summary>
    public string PermanentPath(string? currentPath = null)
    {
        currentPath ??= CurrentPath();
        return Shown is { } edition && EditionRequest.EditionPath(currentPath, edition.Id) is { } path ? path : currentPath;
    }
}
