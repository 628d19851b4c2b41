using SovietInterventions.Core.Editions;

namespace SovietInterventions.Web.Editions;

/// <summary>Which edition a request asks for: the {edition} of /editions/{edition}/..., or ?edition= on the JSON API.</summary>
public static class EditionRequest
{
    public const string RouteKey = "edition";
    public const string Prefix = "/editions";

    public static string? Id(HttpContext? context)
    {
        if (context is null) return null;
        if (context.GetRouteValue(RouteKey) is string id) return id;
        return context.Request.Path.StartsWithSegments("/api") && context.Request.Query[RouteKey] is [{ } query] ? query : null;
    }

    public static string PathOf(string edition) => $"{Prefix}/{Uri.EscapeDataString(edition)}";

    /// <summary>The current site's path for an edition's path: "/editions/x/episodes/y" is "/episodes/y".</summary>
    public static string CurrentPath(string path, string edition)
    {
        var prefix = PathOf(edition);
        if (!path.StartsWith(prefix, StringComparison.Ordinal)) return path;
        var rest = path[prefix.Length..];
        return rest.Length == 0 ? "/" : rest;
    }

    /// <summary>The edition's path for a current site path, for the pages that editions serve; others are left alone.</summary>
    public static string? EditionPath(string path, string edition)
    {
        if (path == "/") return PathOf(edition);
        var segments = path.Split('/', 3);
        if (segments.Length < 2 || !EditionRoutes.Folders.Contains(segments[1], StringComparer.OrdinalIgnoreCase)) return null;
        if (path.EndsWith("/changes", StringComparison.Ordinal)) return null;
        return PathOf(edition) + path;
    }

    public static bool IsWellFormed(string? id) => Edition.IsWellFormed(id);
}
