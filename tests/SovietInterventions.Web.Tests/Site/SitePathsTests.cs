using System.Net;
using System.Reflection;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Tests.Site;

/// <summary>The URL scheme against the routes: every path <see cref="SitePaths"/> builds must answer on the site.</summary>
[Collection(SiteCollection.Name)]
public sealed class SitePathsTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClientWithoutRedirects();

    static IEnumerable<string> FixedPaths() =>
        typeof(SitePaths).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

    // Paths built for entities of the sample database, one per builder; the names let the last test see that none is left out.
    static readonly Dictionary<string, string[]> BuiltPaths = new()
    {
        [nameof(SitePaths.Episode)] = [SitePaths.Episode("hungarian-revolution-1956")],
        [nameof(SitePaths.Country)] = [SitePaths.Country("czechoslovakia")],
        [nameof(SitePaths.Actor)] = [SitePaths.Actor("imre-nagy")],
        [nameof(SitePaths.Source)] = [SitePaths.Source("soviet-foreign-policy-notes")],
        [nameof(SitePaths.Passage)] = [SitePaths.Passage("soviet-foreign-policy-notes", 1)],
        [nameof(SitePaths.Decade)] = [SitePaths.Decade(Decade.Of(1956))],
        [nameof(SitePaths.EpisodeChanges)] = [SitePaths.EpisodeChanges("hungarian-revolution-1956")],
        [nameof(SitePaths.EpisodeData)] = [SitePaths.EpisodeData("hungarian-revolution-1956")],
        [nameof(SitePaths.Download)] = [SitePaths.Download("episodes.json"), SitePaths.Download("episodes.csv")],
        [nameof(SitePaths.For)] = [.. Enum.GetValues<SlugEntity>().Select(e => SitePaths.For(e, SlugOf(e)))],
    };

    static string SlugOf(SlugEntity entity) => entity switch
    {
        SlugEntity.Episode => "hungarian-revolution-1956",
        SlugEntity.Country => "czechoslovakia",
        SlugEntity.Actor => "imre-nagy",
        SlugEntity.Source => "soviet-foreign-policy-notes",
        _ => throw new ArgumentOutOfRangeException(nameof(entity)),
    };

    [Fact]
    public async Task Every_fixed_path_of_the_scheme_answers_200_or_redirects_to_a_page_that_does()
    {
        foreach (var path in FixedPaths())
        {
            var response = await client.GetAsync(path);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently)
                response = await client.GetAsync(response.Headers.Location);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} does not lead to a page");
        }
    }

    [Fact]
    public async Task Every_path_built_for_an_existing_entity_answers_200()
    {
        foreach (var path in BuiltPaths.Values.SelectMany(p => p))
            Assert.True((await client.GetAsync(path)).StatusCode == HttpStatusCode.OK, $"{path} does not answer 200");
    }

    [Fact]
    public void Every_path_builder_is_checked_against_the_routes_here()
    {
        var builders = typeof(SitePaths).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(string)).Select(m => m.Name).Distinct();
        // Compare needs two editions, which the sample site has not; EditionPagesTests request compare pages.
        Assert.Empty(builders.Except(BuiltPaths.Keys).Except([nameof(SitePaths.Compare)]));
    }

    [Fact]
    public void A_slug_is_escaped_so_it_cannot_leave_its_path_segment()
    {
        Assert.Equal("/episodes/a%2F..%2Fapi", SitePaths.Episode("a/../api"));
        Assert.Equal("/sources/x%3Fy#p3", SitePaths.Passage("x?y", 3));
    }
}
