using SovietInterventions.Core.Import.Mentions.Dates;

namespace SovietInterventions.Core.Tests.Import.Mentions.Dates;

public class EventDatesTests
{
    [Theory]
    [InlineData("1950-03", "1950-03-02", true)]
    [InlineData("1950", "1950-03-02", true)]
    [InlineData("1950", "1950-03", true)]
    [InlineData("1950-03", "1950-03", false)]
    [InlineData("1950-03-02", "1950-03", false)]
    [InlineData("1950-03", "1950-04-02", false)]
    [InlineData("1950-0", "1950-03", false)]
    public void A_month_holds_its_days_and_a_year_its_months(string coarse, string precise, bool holds) =>
        Assert.Equal(holds, EventDates.Holds(coarse, precise));

    [Fact]
    public void A_sentence_writes_a_second_date_besides_its_own() =>
        Assert.True(EventDates.Written("On 2 March 1950 the rebels took the port, and by early May 1950 the hills were cleared.", "1950-05"));

    [Fact]
    public void A_day_written_with_its_month_first_is_written() =>
        Assert.True(EventDates.Written("The council fell on May 4, 1950, after a week of strikes.", "1950-05-04"));

    [Fact]
    public void A_day_whose_year_is_not_in_the_sentence_is_not_written() =>
        Assert.False(EventDates.Written("On 4 May the council fell.", "1950-05-04"));

    [Fact]
    public void A_bare_year_counts_as_no_written_date() =>
        Assert.False(EventDates.Written("The council fell in 1950.", "1950"));

    [Fact]
    public void Another_month_of_the_year_is_not_written() =>
        Assert.False(EventDates.Written("The council fell in April 1950.", "1950-05"));
}
