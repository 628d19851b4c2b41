using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SovietInterventions.Web.Tests.Hosting;

/// <summary>The Host header never reaches a page: PublicBaseUrl or the listed hosts build absolute URLs.</summary>
[Collection(SiteCollection.Name)]
public sealed class PublicHostTests(EncyclopediaFactory site)
{
    const string Hostile = "evil.example";

    static readonly string[] Paths = ["/", "/episodes/hungarian-revolution-1956", "/openapi/v1.json", "/no-such-page"];

    [Fact]
    public async Task With_a_public_base_url_another_host_gets_400()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{Hostile}") });

        foreach (var path in Paths)
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_openapi_server_is_the_public_base_url()
    {
        using var configured = site.WithWebHostBuilder(b => b.UseSetting("Encyclopedia:PublicBaseUrl", "https://encyclopedia.example"));
        using var client = configured.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://encyclopedia.example") });

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"url\": \"https://encyclopedia.example\"", document);
    }

    [Fact]
    public async Task Without_a_public_base_url_an_allowed_any_host_site_writes_a_loopback_address_never_the_host_header()
    {
        using var open = site.WithWebHostBuilder(b => b
            .UseSetting("Encyclopedia:PublicBaseUrl", "")
            .UseSetting("Encyclopedia:AllowAnyHost", "true"));
        using var client = open.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{Hostile}") });

        foreach (var path in Paths)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("X-Forwarded-Host", Hostile);
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
            Assert.DoesNotContain(Hostile, body);
        }
    }

    [Fact]
    public async Task Without_a_public_base_url_a_host_listed_in_allowed_hosts_builds_the_urls()
    {
        using var listed = site.WithWebHostBuilder(b => b
            .UseSetting("Encyclopedia:PublicBaseUrl", "")
            .UseSetting("AllowedHosts", "encyclopedia.example;localhost"));
        using var client = listed.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://encyclopedia.example") });

        var page = await SiteAssert.OkAsync(client, "/countries");

        SiteAssert.CanonicalIs(page, "https://encyclopedia.example/countries");
        Assert.Equal(HttpStatusCode.BadRequest, (await listed.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{Hostile}") }).GetAsync("/")).StatusCode);
    }

    [Fact]
    public void Production_with_any_host_and_no_public_base_url_refuses_to_start_saying_what_to_set()
    {
        using var unsafeSite = site.WithWebHostBuilder(b => b.UseSetting("Encyclopedia:PublicBaseUrl", "").UseSetting("AllowedHosts", "*"));

        var e = Assert.ThrowsAny<Exception>(() => unsafeSite.CreateClient());

        var message = e.ToString();
        Assert.Contains("Encyclopedia__PublicBaseUrl", message);
        Assert.Contains("AllowedHosts", message);
    }

    [Fact]
    public void A_public_base_url_that_is_not_an_http_address_refuses_to_start()
    {
        using var wrong = site.WithWebHostBuilder(b => b.UseSetting("Encyclopedia:PublicBaseUrl", "encyclopedia.example"));

        var e = Assert.ThrowsAny<Exception>(() => wrong.CreateClient());

        Assert.Contains("not an http or https address", e.ToString());
    }
}
