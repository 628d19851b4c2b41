using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Tests.Site;

public sealed class DecadeTests
{
    [Fact]
    public void A_decade_is_read_and_written_as_in_1950s()
    {
        Assert.True(Decade.TryParse("1950s", out var decade));
        Assert.Equal(1950, decade.StartYear);
        Assert.Equal(1959, decade.EndYear);
        Assert.Equal("1950s", decade.ToString());
    }

    [Theory]
    [InlineData("1955s")]
    [InlineData("1900s")]
    [InlineData("2000s")]
    [InlineData("1950")]
    [InlineData(" 1950s")]
    [InlineData("١٩٥٠s")]
    [InlineData(null)]
    public void Anything_else_is_not_a_decade(string? text) => Assert.False(Decade.TryParse(text, out _));

    [Fact]
    public void The_decades_run_from_the_1910s_to_the_1990s() =>
        Assert.Equal(["1910s", "1920s", "1930s", "1940s", "1950s", "1960s", "1970s", "1980s", "1990s"], Decade.All.Select(d => d.ToString()));
}
