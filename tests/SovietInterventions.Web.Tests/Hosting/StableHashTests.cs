using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Tests.Hosting;

public sealed class StableHashTests
{
    [Theory]
    [InlineData("", "cbf29ce484222325")]
    [InlineData("a", "af63dc4c8601ec8c")]
    [InlineData("foobar", "85944171f73967e8")]
    public void It_is_fnv_1a_64_so_every_replica_gives_the_same_tag(string text, string expected) =>
        Assert.Equal(expected, StableHash.Hex(text));

    [Fact]
    public void Two_urls_that_differ_in_one_character_get_different_hashes() =>
        Assert.NotEqual(StableHash.Hex("/decades/1950s?kind=invasion"), StableHash.Hex("/decades/1960s?kind=invasion"));
}
