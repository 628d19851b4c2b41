using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;

namespace SovietInterventions.Web.Tests.Hosting;

/// <summary>The sample site with a front-cache entry limit of 1 KB, smaller than any page, rendering this many misses at once.</summary>
public abstract class EntryLimitFactory : DatabaseFolderFactory
{
    readonly int concurrentRenders;

    protected EntryLimitFactory(string name, int concurrentRenders) : base(name)
    {
        this.concurrentRenders = concurrentRenders;
        SampleData.CreateDatabase(DatabasePath);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("HotPath:EntryLimitKilobytes", "1");
        builder.UseSetting("HotPath:ConcurrentRenders", concurrentRenders.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>One miss at a time.</summary>
public sealed class TinyEntryLimitFactory() : EntryLimitFactory("tiny-entry", 1);

public sealed class HotPathLimitTests(TinyEntryLimitFactory site) : IClassFixture<TinyEntryLimitFactory>
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task A_page_over_the_entry_limit_is_streamed_whole_with_its_headers_every_time()
    {
        var first = await client.GetAsync("/timeline");
        var again = await client.GetAsync("/timeline");

        var body = await again.Content.ReadAsStringAsync();
        Assert.True(body.Length > 1024);
        Assert.EndsWith("</html>", body.TrimEnd());
        Assert.Equal(await first.Content.ReadAsStringAsync(), body);
        Assert.True(again.Headers.Contains("Content-Security-Policy"));
        Assert.NotNull(again.Headers.ETag);
    }

    [Fact]
    public async Task A_page_over_the_entry_limit_is_still_compressed_by_the_pipeline_when_asked()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/decades/1950s");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Requests_waiting_for_a_render_all_get_their_page()
    {
        var pages = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => client.GetAsync($"/decades/19{2 + i}0s")));

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
    }
}

/// <summary>Misses rendered side by side, so that requests for one URL meet in the output cache.</summary>
public sealed class TinyEntryLimitSideBySideFactory() : EntryLimitFactory("tiny-entry-side-by-side", 8);

public sealed class HotPathLimitSideBySideTests(TinyEntryLimitSideBySideFactory site) : IClassFixture<TinyEntryLimitSideBySideFactory>
{
    readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task Requests_at_once_for_one_page_over_the_entry_limit_all_get_it_whole_and_so_do_later_ones()
    {
        var atOnce = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetStringAsync("/timeline")));
        var later = await client.GetStringAsync("/timeline");

        Assert.All(atOnce, body => Assert.EndsWith("</html>", body.TrimEnd()));
        Assert.All(atOnce, body => Assert.Equal(later, body));
        Assert.EndsWith("</html>", later.TrimEnd());
    }
}
