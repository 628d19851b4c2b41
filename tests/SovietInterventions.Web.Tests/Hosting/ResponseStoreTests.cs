using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Tests.Hosting;

public sealed class ResponseStoreTests
{
    static ResponseStore StoreOf(int megabytes) => new(Options.Create(new HotPathOptions { SizeLimitMegabytes = megabytes }));

    static ResponseKey Key(string path) => new(false, "localhost", "", path, "");

    static StoredResponse Response(int generation, int bytes) =>
        new(generation, "\"e\"", [new KeyValuePair<string, StringValues>("Content-Type", "text/html")], new byte[bytes], compressible: false);

    [Fact]
    public void The_oldest_entries_are_evicted_when_the_size_limit_is_reached()
    {
        var store = StoreOf(1);
        for (var i = 0; i < 5; i++) store.Add(Key($"/p{i}"), Response(1, 300_000));

        Assert.True(store.Size <= 1024 * 1024);
        Assert.False(store.TryGet(Key("/p0"), 1, out _));
        Assert.True(store.TryGet(Key("/p4"), 1, out _));
    }

    [Fact]
    public void An_entry_of_another_generation_is_not_served()
    {
        var store = StoreOf(1);
        store.Add(Key("/a"), Response(1, 10));

        Assert.False(store.TryGet(Key("/a"), 2, out _));
    }

    [Fact]
    public void A_newer_generation_drops_the_older_entries_and_an_older_one_is_refused()
    {
        var store = StoreOf(1);
        store.Add(Key("/a"), Response(1, 10));
        store.Add(Key("/b"), Response(2, 10));
        store.Add(Key("/c"), Response(1, 10));

        Assert.Equal(1, store.Count);
        Assert.True(store.TryGet(Key("/b"), 2, out _));
    }

    [Fact]
    public void An_entry_larger_than_the_whole_cache_is_not_kept()
    {
        var store = StoreOf(1);
        store.Add(Key("/big"), Response(1, 2 * 1024 * 1024));

        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void An_entry_over_the_entry_limit_is_not_kept()
    {
        var store = new ResponseStore(Options.Create(new HotPathOptions { EntryLimitKilobytes = 1 }));
        store.Add(Key("/over"), Response(1, 1025));
        store.Add(Key("/under"), Response(1, 1024));

        Assert.False(store.TryGet(Key("/over"), 1, out _));
        Assert.True(store.TryGet(Key("/under"), 1, out _));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public void A_coding_is_made_on_first_asking_and_counted_toward_the_size_from_then_on(string coding)
    {
        var store = StoreOf(1);
        var page = new StoredResponse(1, "\"e\"", [], System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>the same words</p>", 500))), compressible: true);
        store.Add(Key("/a"), page);
        var plainSize = store.Size;

        Assert.False(page.TryGetCoded(coding, out _));
        var coded = store.Coded(Key("/a"), page, coding);

        Assert.NotNull(coded);
        Assert.True(coded.Length < page.Identity.Length);
        Assert.Equal(plainSize + coded.Length, store.Size);
        Assert.Same(coded, store.Coded(Key("/a"), page, coding));
        Assert.Equal(plainSize + coded.Length, store.Size);
    }

    [Fact]
    public void A_body_that_compression_does_not_shrink_is_sent_plain_and_adds_nothing()
    {
        var store = StoreOf(1);
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        var page = new StoredResponse(1, "\"e\"", [], noise, compressible: true);
        store.Add(Key("/noise"), page);
        var plainSize = store.Size;

        Assert.Null(store.Coded(Key("/noise"), page, "br"));
        Assert.True(page.TryGetCoded("br", out _));
        Assert.Equal(plainSize, store.Size);
    }

    [Fact]
    public void A_response_that_is_not_compressible_has_no_coding()
    {
        var store = StoreOf(1);
        var picture = Response(1, 2048);
        store.Add(Key("/p.png"), picture);

        Assert.Null(store.Coded(Key("/p.png"), picture, "gzip"));
        Assert.False(picture.TryGetCoded("gzip", out _));
    }

    [Fact]
    public void A_coding_that_fills_the_store_evicts_the_oldest_entries()
    {
        var store = StoreOf(1);
        var text = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 40_000).Select(i => $"{i * 7919 % 10007} ")));
        store.Add(Key("/old"), Response(1, 1024 * 1024 - text.Length - 4096));
        var page = new StoredResponse(1, "\"e\"", [], text, compressible: true);
        store.Add(Key("/new"), page);

        Assert.NotNull(store.Coded(Key("/new"), page, "gzip"));
        Assert.False(store.TryGet(Key("/old"), 1, out _));
        Assert.True(store.Size <= 1024 * 1024);
    }

    [Theory]
    [InlineData("br", "br", true)]
    [InlineData("gzip, deflate", "br", false)]
    [InlineData("br;q=0, gzip", "br", false)]
    [InlineData("*", "gzip", true)]
    [InlineData("*;q=0, gzip;q=0.5", "gzip", true)]
    [InlineData("*;q=0", "br", false)]
    [InlineData("BR; q=1.0", "br", true)]
    public void Accept_encoding_allows_a_coding_named_or_matched_with_q_above_zero(string header, string coding, bool allowed) =>
        Assert.Equal(allowed, AcceptEncoding.Allows(header, coding));
}
