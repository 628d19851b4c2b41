using SovietInterventions.Core.Export;

namespace SovietInterventions.Web.Api;

public sealed record PageOf<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);

public sealed record PassageJson(string Document, string Section, int Position, int Line, string Text, string Url);

/// <summary>An episode in the export's shape, with the passages it was drawn from.</summary>
public sealed record EpisodeDetailJson(
    string Slug, string Title, string Url, string Kind, string Summary, string StartDate, string? EndDate,
    IReadOnlyList<CountryRef> Countries, IReadOnlyList<ActorRef> Actors, IReadOnlyList<SourceRef> Sources, IReadOnlyList<EventRef> Events,
    IReadOnlyList<PassageJson> Passages)
{
    public static EpisodeDetailJson Of(EpisodeJson e, IReadOnlyList<PassageJson> passages) => new(
        e.Slug, e.Title, e.Url, e.Kind, e.Summary, e.StartDate, e.EndDate, e.Countries, e.Actors, e.Sources, e.Events, passages);
}

public sealed record SearchHitJson(string Slug, string Title, string Url, string Kind, string StartDate, string? EndDate, double Rank, string? Snippet);

public sealed record SearchJson(string? Message, int Total, IReadOnlyList<SearchHitJson> Items);

public sealed record NameLink(string Slug, string Name, string Url);

public sealed record CountryJson(string Slug, string Name, string? Iso3, bool Historical, string Region, int Episodes, string Url);

public sealed record CountryDetailJson(string Slug, string Name, string? Iso3, bool Historical, string Region, string Url,
    IReadOnlyList<string> Aliases, IReadOnlyList<NameLink> Successors, IReadOnlyList<NameLink> Predecessors, IReadOnlyList<EpisodeJson> Episodes);

public sealed record ActorJson(string Slug, string Name, string Type, string? Description, int Episodes, string Url);

public sealed record ActorDetailJson(string Slug, string Name, string Type, string? Description, string Url,
    IReadOnlyList<string> Aliases, IReadOnlyList<EpisodeJson> Episodes);

static class Problems
{
    public static IResult BadRequest(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad parameter");

    public static IResult NotFound(string what) => Results.Problem(detail: $"No {what} has that slug.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
