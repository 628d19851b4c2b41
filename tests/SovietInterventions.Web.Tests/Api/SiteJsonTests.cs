using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SovietInterventions.Web.Api;

namespace SovietInterventions.Web.Tests.Api;

/// <summary>
/// The site serializes only through metadata generated at build (<see cref="SiteJson"/> and the contexts beside each
/// use). The tests run with reflection-based serialization off as the site does (the same switch in both projects), so a
/// type left out fails its test here rather than the site in production.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SiteJsonTests(EncyclopediaFactory site)
{
    [Fact]
    public void The_tests_run_without_reflection_based_serialization_like_the_site() =>
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);

    [Fact]
    public void The_endpoints_serialize_with_the_generated_metadata_only()
    {
        var options = site.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        Assert.Same(SiteJson.Default, Assert.Single(options.TypeInfoResolverChain));
    }
}
