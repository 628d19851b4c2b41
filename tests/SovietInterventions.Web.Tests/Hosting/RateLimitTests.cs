using System.Net;
using Microsoft.AspNetCore.Http;

namespace SovietInterventions.Web.Tests.Hosting;

/// <summary>The seeds site with a limit of three uncached requests a minute.</summary>
public sealed class TinyRateLimitFactory : SeedsFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("RateLimits:PermitLimit", "3"), new("RateLimits:WindowSeconds", "60")];
}

public sealed class RateLimitTests(TinyRateLimitFactory site) : IClassFixture<TinyRateLimitFactory>
{
    [Fact]
    public async Task Too_many_uncached_api_requests_answer_429_with_the_seconds_left_in_the_window()
    {
        HttpContext response = null!;
        for (var i = 0; i < 4; i++) response = await GetAsync("10.0.0.1", "/api/episodes", $"?page={i + 1}");

        Assert.Equal(StatusCodes.Status429TooManyRequests, response.Response.StatusCode);
        var wait = int.Parse(response.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(wait, 1, 60);
    }

    [Fact]
    public async Task Unique_page_urls_count_as_uncached_work_too()
    {
        var statuses = new List<int>();
        foreach (var path in new[] { "/decades/1920s", "/decades/1930s", "/no-such-page-a", "/no-such-page-b", "/decades/1960s" })
            statuses.Add((await GetAsync("10.0.0.2", path)).Response.StatusCode);

        Assert.Equal(StatusCodes.Status429TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task A_page_served_from_the_output_cache_costs_nothing()
    {
        for (var i = 0; i < 8; i++)
            Assert.Equal(StatusCodes.Status200OK, (await GetAsync("10.0.0.3", "/decades/1940s")).Response.StatusCode);
    }

    [Fact]
    public async Task Each_client_address_has_its_own_window()
    {
        for (var i = 0; i < 4; i++) await GetAsync("10.0.0.4", "/api/episodes", $"?page={i + 10}");

        Assert.Equal(StatusCodes.Status200OK, (await GetAsync("10.0.0.5", "/api/episodes", "?page=20")).Response.StatusCode);
    }

    // The test server has no sockets: each request says which address it comes from.
    Task<HttpContext> GetAsync(string address, string path, string query = "") => site.Server.SendAsync(context =>
    {
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        context.Request.Method = HttpMethods.Get;
        context.Request.Host = new HostString("localhost");
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
    });
}
