using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Site;

/// <summary>The site's URL scheme in one place, so that links and redirects agree.</summary>
public static class SitePaths
{
    public const string Home = "/";
    public const string Episodes = "/episodes";
    public const string Countries = "/countries";
    public const string Actors = "/actors";
    public const string Sources = "/sources";
    public const string Timeline = "/timeline";
    public const string Decades = "/decades";
    public const string Search = "/search";
    public const string Map = "/map";
    public const string Api = "/api";
    public const string OpenApiDocument = "/openapi/v1.json";
    public const string Downloads = "/downloads";
    public const string Editions = "/editions";

    public static string Episode(string slug) => $"{Episodes}/{Uri.EscapeDataString(slug)}";
    public static string Country(string slug) => $"{Countries}/{Uri.EscapeDataString(slug)}";
    public static string Actor(string slug) => $"{Actors}/{Uri.EscapeDataString(slug)}";
    public static string Source(string slug) => $"{Sources}/{Uri.EscapeDataString(slug)}";
    /// <summary>A passage's anchor on the page of its document that holds it (see <see cref="SourcePageOf"/>).</summary>
    public static string Passage(string sourceSlug, int position) => SourcePageOf(position) is var page and > 1
        ? $"{Source(sourceSlug)}?page={page.ToString(System.Globalization.CultureInfo.InvariantCulture)}#p{position}"
        : $"{Source(sourceSlug)}#p{position}";

    /// <summary>
    /// A source document is shown <see cref="ListPage.Size"/> passages to a page by position (1–200, 201–400, …), so a
    /// link to a passage needs nothing but its position to name the page.
    /// </summary>
    public static int SourcePageOf(int position) => Math.Max(0, position - 1) / ListPage.Size + 1;
    public static string Decade(Decade decade) => $"{Decades}/{decade}";
    public static string EpisodeChanges(string slug) => $"{Episode(slug)}/changes";
    public static string EpisodeData(string slug) => $"{Api}{Episode(slug)}";
    public static string Download(string fileName) => $"{Downloads}/{Uri.EscapeDataString(fileName)}";
    public static string Compare(string olderEdition, string newerEdition) =>
        $"{Editions}/{Uri.EscapeDataString(olderEdition)}/compare/{Uri.EscapeDataString(newerEdition)}";

    public static string For(SlugEntity entity, string slug) => entity switch
    {
        SlugEntity.Episode => Episode(slug),
        SlugEntity.Country => Country(slug),
        SlugEntity.Actor => Actor(slug),
        SlugEntity.Source => Source(slug),
        _ => throw new ArgumentOutOfRangeException(nameof(entity)),
    };
}
