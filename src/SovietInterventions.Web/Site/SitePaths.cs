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
    public static string Passage(string sourceSlug, int position) => $"{Source(sourceSlug)}#p{position}";
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
