using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SovietInterventions.Web.Tests.Hosting;

[Collection(SiteCollection.Name)]
public sealed class HotPathTests(EncyclopediaFactory site)
{
    readonly HttpClient client = site.CreateClient();

    static HttpRequestMessage Get(string url, string? acceptEncoding = null, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null) request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.ParseAdd(ifNoneMatch);
        return request;
    }

    [Fact]
    public async Task A_repeated_page_is_the_same_bytes_with_the_security_headers_and_validators()
    {
        var first = await client.GetAsync("/decades/1920s");
        var again = await client.GetAsync("/decades/1920s");

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
        foreach (var response in new[] { first, again })
        {
            Assert.True(response.Headers.Contains("Content-Security-Policy"));
            Assert.True(response.Headers.Contains("X-Content-Type-Options"));
            Assert.Equal(first.Headers.ETag, response.Headers.ETag);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_kept_page_is_sent_compressed_when_asked_and_decodes_to_the_plain_page(string coding)
    {
        var plain = await (await client.GetAsync("/decades/1950s")).Content.ReadAsByteArrayAsync();
        var response = await client.SendAsync(Get("/decades/1950s", coding));

        Assert.Equal([coding], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsStreamAsync();
        using Stream decoder = coding == "br" ? new BrotliStream(compressed, CompressionMode.Decompress) : new GZipStream(compressed, CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        Assert.Equal(plain, decoded.ToArray());
    }

    [Fact]
    public async Task A_coding_refused_with_q_zero_is_not_used()
    {
        await client.GetAsync("/decades/1960s");
        var response = await client.SendAsync(Get("/decades/1960s", "br;q=0, identity"));

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_kept_page_answers_304_to_its_etag_and_200_to_another()
    {
        var first = await client.GetAsync("/decades/1970s");
        var etag = first.Headers.ETag!.Tag;

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(Get("/decades/1970s", ifNoneMatch: etag))).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(Get("/decades/1970s", ifNoneMatch: "W/" + etag))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/decades/1970s", ifNoneMatch: "\"other\""))).StatusCode);
    }

    [Fact]
    public async Task A_head_request_gets_the_headers_and_no_body()
    {
        await client.GetAsync("/decades/1980s");
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/decades/1980s"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.NotNull(head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task With_a_public_base_url_every_kept_page_names_it_and_another_host_gets_400()
    {
        var first = await site.CreateClientWithoutRedirects().GetStringAsync("/decades/1940s");
        var again = await site.CreateClientWithoutRedirects().GetStringAsync("/decades/1940s");
        var other = await site.CreateClientWithoutRedirects("http://one.example").GetAsync("/decades/1940s");

        Assert.Contains("http://localhost/decades/1940s", first);
        Assert.Equal(first, again);
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public async Task Without_a_public_base_url_each_listed_host_has_its_own_copy_because_a_page_prints_its_own_address()
    {
        using var listed = site.WithWebHostBuilder(b => b
            .UseSetting("Encyclopedia:PublicBaseUrl", "")
            .UseSetting("AllowedHosts", "one.example;two.example"));
        HttpClient For(string host) => listed.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(host) });

        var one = await For("http://one.example").GetStringAsync("/decades/1940s");
        var two = await For("http://two.example").GetStringAsync("/decades/1940s");
        var oneAgain = await For("http://one.example").GetStringAsync("/decades/1940s");

        Assert.Contains("http://one.example/decades/1940s", one);
        Assert.Contains("http://two.example/decades/1940s", two);
        Assert.DoesNotContain("two.example", oneAgain);
    }

    [Fact]
    public async Task With_any_host_allowed_made_up_hosts_share_one_kept_copy_of_a_page()
    {
        using var open = site.WithWebHostBuilder(b => b
            .UseSetting("Encyclopedia:PublicBaseUrl", "")
            .UseSetting("Encyclopedia:AllowAnyHost", "true"));
        var store = open.Services.GetRequiredService<SovietInterventions.Web.Hosting.ResponseStore>();
        var pages = new List<string>();
        foreach (var host in new[] { "one.example", "two.example", "three.example" })
            pages.Add(await open.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}") }).GetStringAsync("/decades/1910s"));

        Assert.Equal(1, store.Count);
        Assert.All(pages, p => Assert.Equal(pages[0], p));
        Assert.All(pages, p => Assert.DoesNotContain(".example", p));
    }

    [Fact]
    public async Task A_listed_host_in_another_letter_case_is_answered_but_never_kept_for_the_listed_spelling()
    {
        using var listed = site.WithWebHostBuilder(b => b
            .UseSetting("Encyclopedia:PublicBaseUrl", "")
            .UseSetting("AllowedHosts", "one.example"));
        var client = listed.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://one.example") });
        var shouted = new HttpRequestMessage(HttpMethod.Get, "/decades/1910s");
        shouted.Headers.Host = "ONE.EXAMPLE";

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(shouted)).StatusCode);
        var page = await client.GetStringAsync("/decades/1910s");

        Assert.Contains("http://one.example/decades/1910s", page);
        Assert.DoesNotContain("ONE.EXAMPLE", page);
    }

    [Fact]
    public async Task A_path_differing_only_in_letter_case_is_not_answered_from_the_cache()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/decades/1930s")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/decades/1930S")).StatusCode);
    }

    [Fact]
    public async Task A_missing_page_is_not_kept_and_stays_a_404()
    {
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/episodes/no-such-episode")).StatusCode);
    }
}
