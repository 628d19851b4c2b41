using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Web.Pages.Episodes;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Editions;

/// <summary>
/// oEmbed (https://oembed.com) for episode pages, current or of an edition: a "rich" answer whose HTML is an
/// iframe of the embed card. URLs of other sites, and pages that are not episodes, are refused.
/// </summary>
public static partial class OEmbed
{
    public const int DefaultWidth = 480;
    public const int DefaultHeight = 360;

    public static void MapOEmbed(this IEndpointRouteBuilder app) => app.MapGet("/oembed", async (
        string? url, string? format, int? maxwidth, int? maxheight, HttpRequest request, PublicUrl publicUrl,
        EditionCatalog catalog, EditionDatabases databases) =>
    {
        if (format is not (null or "json"))
            return Results.Problem(statusCode: StatusCodes.Status501NotImplemented, title: "Only the JSON format is offered");
        var site = publicUrl.For(request, "/");
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var asked) || !Uri.TryCreate(site, UriKind.Absolute, out var home)
            || Uri.Compare(asked, home, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0
            || !asked.AbsolutePath.StartsWith(home.AbsolutePath, StringComparison.Ordinal))
            return Results.NotFound();
        var match = EpisodePath().Match("/" + asked.AbsolutePath[home.AbsolutePath.Length..]);
        if (!match.Success) return Results.NotFound();
        var slug = Uri.UnescapeDataString(match.Groups["slug"].Value);
        var edition = match.Groups["edition"].Success ? catalog.Find(match.Groups["edition"].Value) : null;
        if (match.Groups["edition"].Success && edition is null) return Results.NotFound();

        using var db = edition is null ? databases.OpenCurrent() : databases.Open(catalog.FileOf(edition));
        var title = await db.Episodes.Where(e => e.Slug == slug).Select(e => e.Title).FirstOrDefaultAsync();
        if (title is null) return Results.NotFound();
        var width = Math.Min(DefaultWidth, maxwidth is > 0 ? maxwidth.Value : DefaultWidth);
        var height = Math.Min(DefaultHeight, maxheight is > 0 ? maxheight.Value : DefaultHeight);
        var embedPath = EmbedFraming.Prefix + (edition is null ? "" : EditionRequest.PathOf(edition.Id)) + SitePaths.Episode(slug);
        var src = System.Net.WebUtility.HtmlEncode(publicUrl.For(request, embedPath));
        return Results.Json(new Dictionary<string, object>
        {
            ["version"] = "1.0",
            ["type"] = "rich",
            ["provider_name"] = Citation.SiteName,
            ["provider_url"] = site,
            ["title"] = title,
            ["html"] = $"<iframe src=\"{src}\" width=\"{width}\" height=\"{height}\" title=\"{System.Net.WebUtility.HtmlEncode(title)}\" loading=\"lazy\"></iframe>",
            ["width"] = width,
            ["height"] = height,
        }, contentType: "application/json+oembed");
    }).WithTags("Encyclopedia").WithSummary("oEmbed for episode pages (JSON only)");

    [GeneratedRegex("^(?:/embed)?(?:/editions/(?<edition>[A-Za-z0-9-]+))?/episodes/(?<slug>[^/]+)/?$")]
    private static partial Regex EpisodePath();
}
