using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Tests.Site;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("1956-11-04", "4 November 1956")]
    [InlineData("1940-08", "August 1940")]
    [InlineData("1921", "1921")]
    [InlineData("sometime in 1921", "sometime in 1921")]
    public void A_date_is_written_to_the_precision_it_is_known(string iso, string expected) =>
        Assert.Equal(expected, DateText.Of(iso));

    [Theory]
    [InlineData("1921", "1924", "1921–1924")]
    [InlineData("1921", null, "1921")]
    [InlineData("1956-11-04", "1956-11-04", "4 November 1956")]
    [InlineData("1956-11-04", "1956-11-10", "4–10 November 1956")]
    [InlineData("1956-10-23", "1956-11-10", "23 October – 10 November 1956")]
    [InlineData("1940-06", "1940-08", "June–August 1940")]
    [InlineData("1979-12-24", "1989-02-15", "24 December 1979 – 15 February 1989")]
    [InlineData("1945", "1949-05", "1945 – May 1949")]
    public void A_period_shares_what_its_two_ends_share(string start, string? end, string expected) =>
        Assert.Equal(expected, DateText.Range(start, end));
}
