namespace SovietInterventions.Web.Editions.StaticSite;

/// <summary>
/// Where each page of the site goes in a static copy: "/" is index.html, "/episodes/x" is episodes/x.html,
/// "/map?decade=1960s" is map--decade-1960s.html; stylesheets and pictures keep their paths.
/// </summary>
public static class StaticPaths
{
    static readonly string[] AssetExtensions = [".css", ".svg", ".png", ".ico", ".jpg", ".webp", ".woff2"];

    // Pages that need the server (search, the API, downloads, editions, embeds) are not copied.
    public static bool IsPage(string path)
    {
        if (path == "/") return true;
        var segments = path.Trim('/').Split('/');
        if (!EditionRoutes.Folders.Contains(segments[0]) || segments[0] == "search") return false;
        return segments[^1] != "changes" && !segments[^1].StartsWith("cite.", StringComparison.Ordinal);
    }

    public static bool IsAsset(string path) =>
        !IsPage(path) && AssetExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !path.StartsWith("/downloads/", StringComparison.Ordinal);

    /// <summary>The file (relative, with '/') for a site URL's path and query.</summary>
    public static string FileFor(string path, string query)
    {
        var decoded = Uri.UnescapeDataString(path);
        if (IsAsset(path)) return Safe(decoded.TrimStart('/'));
        var name = decoded == "/" ? "index" : decoded.Trim('/');
        if (query.Length > 1) name += "--" + Safe(query.TrimStart('?'));
        return Safe(name) + ".html";
    }

    /// <summary>The link from one file of the copy to another, relative, so that the copy works from any folder or host.</summary>
    public static string Relative(string fromFile, string toFile)
    {
        var from = fromFile.Split('/')[..^1];
        var to = toFile.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
    }

    // Letters, digits, '-', '_', '.' and '/' only: no query marks or spaces in file names, nothing climbing out with "..".
    static string Safe(string name)
    {
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' ? c : '-')]);
        return string.Join('/', safe.Split('/').Where(s => s.Length > 0 && s != "." && s != ".."));
    }
}
