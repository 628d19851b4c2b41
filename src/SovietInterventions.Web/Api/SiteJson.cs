using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using SovietInterventions.Core.Export;
using SovietInterventions.Web.Editions;

namespace SovietInterventions.Web.Api;

/// <summary>
/// Every type the site's endpoints write as JSON, with their serializers generated at build. The site runs with
/// reflection-based serialization off (<c>JsonSerializerIsReflectionEnabledByDefault</c> in the project), so the
/// reflection-based resolver, its emitted accessors and the per-type metadata it builds are never made: a type
/// missing here fails its endpoint (and its test) instead of silently falling back to reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PageOf<EpisodeJson>))]
[JsonSerializable(typeof(EpisodeDetailJson))]
[JsonSerializable(typeof(SearchJson))]
[JsonSerializable(typeof(List<CountryJson>))]
[JsonSerializable(typeof(CountryDetailJson))]
[JsonSerializable(typeof(List<ActorJson>))]
[JsonSerializable(typeof(ActorDetailJson))]
[JsonSerializable(typeof(EditionEndpoints.EditionsJson))]
// oEmbed's answer: a dictionary of strings and numbers.
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(HttpValidationProblemDetails))]
public sealed partial class SiteJson : JsonSerializerContext;

public static class SiteJsonSetup
{
    /// <summary>The endpoints' JSON from <see cref="SiteJson"/>'s types only.</summary>
    public static IServiceCollection AddSiteJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.TypeInfoResolverChain.Clear();
            options.SerializerOptions.TypeInfoResolverChain.Add(SiteJson.Default);
        });
}
