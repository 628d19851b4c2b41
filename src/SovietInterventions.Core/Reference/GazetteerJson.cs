using System.Text.Json.Serialization;

namespace SovietInterventions.Core.Reference;

/// <summary>
/// The gazetteer's data files as written, field for field; <see cref="GazetteerFiles"/> checks them into entries.
/// </summary>
internal static partial class GazetteerJson
{
    // Generated readers for the files' shapes: loading needs no reflection, and a field they do not know is an error.
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
    [JsonSerializable(typeof(List<CountryJson?>))]
    [JsonSerializable(typeof(List<PlaceJson?>))]
    [JsonSerializable(typeof(List<ActorJson?>))]
    [JsonSerializable(typeof(List<RoleJson?>))]
    [JsonSerializable(typeof(TitlesJson))]
    [JsonSerializable(typeof(NotNamesJson))]
    [JsonSerializable(typeof(CitationsJson))]
    [JsonSerializable(typeof(OrganizationHeadsJson))]
    public sealed partial class Reader : JsonSerializerContext;

    public sealed record CountryJson(string? Slug, string? Name, string? Iso3, string? Region, bool Historical, bool Intervener,
        List<string>? Successors, List<string>? Aliases, List<string>? Adjectives, string? Years, string? NotOnMap, string? Ally, string? SovietRepublic,
        string? Divided = null);
    public sealed record PlaceJson(string? Name, string? Country, string? Kind, List<string>? Countries);
    public sealed record ActorJson(string? Slug, string? Name, string? Type, List<string>? Aliases, string? Description, string? Years,
        string? Country, string? Head, string? Against);
    public sealed record RoleJson(string? Role, List<string>? Types, List<string>? Patterns);
    public sealed record TitleJson(string? Title, string? Type, bool? AfterName = null);
    public sealed record TitlesJson(List<TitleJson?>? Titles, List<string>? NotNameWords, List<string>? LinkingWords, List<string>? Introducers,
        List<string>? PossessedHeads = null, List<string>? GivenNames = null);
    public sealed record CitationsJson(List<string>? AuthorTitles, List<string>? CiteBefore, List<string>? CitingVerbs, List<string>? PresentVerbs,
        List<string>? ReactionWords, List<string>? FoundingWords = null, List<string>? WorkNouns = null);
    public sealed record HeadJson(string? Head, string? Type);
    public sealed record OrganizationHeadsJson(List<HeadJson?>? Heads, List<string>? NotOrganizations, List<string>? NotModifiers, List<string>? Connectors,
        List<string>? Possessives);
    public sealed record NotNamesJson(List<string>? NotCountries, List<string>? NotActors, List<string>? LowercaseWords);
}
