using System.Net;
using System.Net.Http.Headers;

namespace SovietInterventions.Web.Tests.Hosting;

[Collection(SeedsCollection.Name)]
public sealed class RevalidationTests(SeedsFactory site)
{
    readonly HttpClient client = site.CreateClient();

    [Theory]
    [InlineData("/api/episodes")]
    [InlineData("/search?country=hungary")]
    [InlineData("/episodes/1956-hungary")]
    public async Task A_request_with_the_etag_gets_304(string url)
    {
        var first = await client.GetAsync(url);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl?.ToString());
        Assert.NotNull(first.Content.Headers.LastModified);

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task A_request_modified_since_the_import_gets_304()
    {
        var first = await client.GetAsync("/api/countries");
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/countries");
        again.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Another_etag_gets_the_full_answer()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/countries");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Responses_are_compressed_with_brotli_when_asked()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/episodes");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await client.SendAsync(request);

        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }
}
