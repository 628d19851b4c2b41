using SovietInterventions.Web.Pages.Episodes;

namespace SovietInterventions.Web.Tests.Pages.Episodes;

public sealed class SourceSectionTests
{
    static ShowModel.SourceSection Cited(params int[] positions) => new("pact", "The pact", "The pact › Background", positions);

    [Fact]
    public void One_passage_is_named_alone() => Assert.Equal("passage 4", Cited(4).PositionsText);

    [Fact]
    public void Consecutive_passages_read_as_a_range() => Assert.Equal("passages 7–9", Cited(7, 8, 9).PositionsText);

    [Fact]
    public void Passages_apart_are_listed_so_a_range_never_takes_in_those_the_page_leaves_out()
    {
        Assert.Equal("passages 10, 17", Cited(10, 17).PositionsText);
        Assert.Equal("passages 3–5, 9", Cited(3, 4, 5, 9).PositionsText);
    }

    [Fact]
    public void The_link_goes_to_the_first_passage_cited() => Assert.Equal(10, Cited(10, 17).FirstPosition);
}
