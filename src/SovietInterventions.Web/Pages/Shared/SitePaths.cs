using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Pages.Shared;

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

    public static string Episode(string slug) => $"{Episodes}/{Uri.EscapeDataString(slug)}";
    public static string Country(string slug) => $"{Countries}/{Uri.EscapeDataString(slug)}";
    public static string Actor(string slug) => $"{Actors}/{Uri.EscapeDataString(slug)}";
    public static string Source(string slug) => $"{Sources}/{Uri.EscapeDataString(slug)}";
    public static string Passage(string sourceSlug, int position) => $"{Source(sourceSlug)}#p{position}";
    public static string Decade(Decade decade) => $"{Decades}/{decade}";

    public static string For(SlugEntity entity, string slug) => entity switch
    {
        SlugEntity.Episode => Episode(slug),
        SlugEntity.Country => Country(slug),
        SlugEntity.Actor => Actor(slug),
        SlugEntity.Source => Source(slug),
        _ => throw new ArgumentOutOfRangeException(nameof(entity)),
    };
}
