using System.Net;
using System.Net.Http.Headers;

namespace SovietInterventions.Web.Tests.Hosting;

/// <summary>Methods, HEAD, conditional and range requests as RFC 9110 says.</summary>
[Collection(SiteCollection.Name)]
public sealed class HttpSemanticsTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClientWithoutRedirects();

    public static readonly TheoryData<string> Routes = new()
    {
        "/", "/episodes/hungarian-revolution-1956", "/search?q=tanks", "/api/episodes", "/api/countries/hungary",
        "/downloads/episodes.csv", "/downloads/encyclopedia.db", "/healthz", "/no-such-page",
    };

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("TRACE")]
    [InlineData("PROPFIND")]
    public async Task Other_methods_answer_405_with_allow_and_never_the_error_page(string method)
    {
        foreach (var path in new[] { "/", "/episodes/hungarian-revolution-1956", "/api/episodes", "/downloads/encyclopedia.db" })
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Contains("GET", response.Content.Headers.Allow);
            Assert.Contains("HEAD", response.Content.Headers.Allow);
            Assert.DoesNotContain("Something went wrong", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Head_answers_like_get_without_a_body(string path)
    {
        var get = await client.GetAsync(path);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Etags_differ_per_url_and_are_weak_across_encodings()
    {
        var a = await client.GetAsync("/api/episodes");
        var b = await client.GetAsync("/api/countries");
        var c = await client.GetAsync("/api/episodes?page=2");

        Assert.NotNull(a.Headers.ETag);
        Assert.True(a.Headers.ETag.IsWeak);
        Assert.Equal(3, new[] { a, b, c }.Select(r => r.Headers.ETag!.Tag).Distinct().Count());
    }

    [Fact]
    public async Task A_page_revalidated_with_its_own_etag_is_304_and_another_pages_etag_is_not()
    {
        var page = await client.GetAsync("/api/episodes");
        var other = await client.GetAsync("/api/countries");

        Assert.Equal(HttpStatusCode.NotModified, (await Conditional("/api/episodes", page.Headers.ETag!)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Conditional("/api/episodes", other.Headers.ETag!)).StatusCode);
    }

    [Fact]
    public async Task A_failed_if_match_keeps_412_and_is_not_replaced_by_the_404_page()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/downloads/encyclopedia.db");
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"something-else\""));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.DoesNotContain("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unsatisfiable_range_keeps_416()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/downloads/encyclopedia.db");
        request.Headers.Range = new RangeHeaderValue(1L << 40, (1L << 40) + 10);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.DoesNotContain("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task If_range_with_the_current_etag_gets_the_range_and_with_another_the_whole_file()
    {
        var full = await client.GetAsync("/downloads/encyclopedia.db");
        Assert.NotNull(full.Headers.ETag);
        Assert.False(full.Headers.ETag.IsWeak);

        var current = await Ranged(full.Headers.ETag);
        var stale = await Ranged(new EntityTagHeaderValue("\"an-older-import\""));

        Assert.Equal(HttpStatusCode.PartialContent, current.StatusCode);
        Assert.Equal(10, (await current.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(full.Content.Headers.ContentLength, (await stale.Content.ReadAsByteArrayAsync()).Length);
    }

    Task<HttpResponseMessage> Conditional(string path, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return client.SendAsync(request);
    }

    Task<HttpResponseMessage> Ranged(EntityTagHeaderValue ifRange)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/downloads/encyclopedia.db");
        request.Headers.Range = new RangeHeaderValue(0, 9);
        request.Headers.IfRange = new RangeConditionHeaderValue(ifRange);
        return client.SendAsync(request);
    }
}
