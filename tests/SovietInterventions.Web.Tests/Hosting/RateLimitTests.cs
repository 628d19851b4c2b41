using System.Net;

namespace SovietInterventions.Web.Tests.Hosting;

/// <summary>The seeds site with a limit of three requests a minute.</summary>
public sealed class TinyRateLimitFactory : SeedsFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("RateLimits:PermitLimit", "3"), new("RateLimits:WindowSeconds", "60")];
}

public sealed class RateLimitTests(TinyRateLimitFactory site) : IClassFixture<TinyRateLimitFactory>
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task Too_many_api_requests_answer_429_with_retry_after()
    {
        HttpResponseMessage response = null!;
        for (var i = 0; i < 4; i++) response = await client.GetAsync($"/api/episodes?page={i + 1}");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Pages_other_than_search_are_not_limited()
    {
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/decades/19{4 + i}0s")).StatusCode);
    }
}
