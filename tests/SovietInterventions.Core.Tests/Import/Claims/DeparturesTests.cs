using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>A Soviet presence that leaves, is sent away or ends ends the stay, dated by the date after the verb.</summary>
public sealed class DeparturesTests
{
    [Theory]
    [InlineData("In the end the last Soviet advisers left Portugal in 1991.", 1991)]
    [InlineData("The new king expelled the Soviet military personnel from Portugal in July 1972.", 1972)]
    [InlineData("All Soviet instructors were withdrawn from Portugal by 1984.", 1984)]
    public void A_presence_leaving_or_sent_away_is_an_ending(string sentence, int year)
    {
        var claim = Assert.Single(TestClaims.Of($"# Notes\n\n{sentence}\n", "notes.md"));
        Assert.Equal((ActRole.End, year, "portugal"), (claim.Role, claim.Year, Assert.Single(claim.Targets)));
    }

    [Fact]
    public void Deliveries_that_end_after_a_cut_end_the_stay_of_the_claim_before_at_the_later_date()
    {
        var claims = TestClaims.Of("# Notes\n\nFrom 1980 the Soviet Union supplied Portugal with arms. Moscow cut the deliveries back from 1985, and they ended in March 1987.\n", "notes.md");
        var ending = Assert.Single(claims, c => c.Role == ActRole.End);
        Assert.Equal((1987, "portugal"), (ending.Year, Assert.Single(ending.Targets)));
    }

    [Fact]
    public void Stopping_another_countrys_forces_is_no_ending()
    {
        var claims = TestClaims.Of("# Notes\n\nIn November 1975 Soviet troops stopped Portuguese army reinforcements at Lisbon.\n", "notes.md");
        Assert.DoesNotContain(claims, c => c.Role == ActRole.End);
    }

    [Fact]
    public void Leaving_a_region_named_by_its_peoples_adjective_is_an_ending() =>
        Assert.Equal(ActRole.End, Assert.Single(TestClaims.Of("# Notes\n\nThe last Soviet troops left Portuguese territory on 9 May 1976.\n", "notes.md")).Role);

    [Fact]
    public void A_Soviet_act_that_winds_down_is_an_ending()
    {
        var claim = Assert.Single(TestClaims.Of("# Notes\n\nThe Soviet airlift to Portugal wound down later in 1962.\n", "notes.md"));
        Assert.Equal((ActRole.End, 1962), (claim.Role, claim.Year));
    }

    [Fact]
    public void A_Soviet_act_that_ends_something_else_is_no_ending() =>
        Assert.Equal(ActRole.Intervention, Assert.Single(TestClaims.Of("# Notes\n\nIn 1968 the Soviet invasion ended the reforms in Portugal.\n", "notes.md")).Role);

    [Theory]
    [InlineData("In 1980 Soviet advisers never left Portugal.")]
    [InlineData("In 1975 Soviet troops entered Portugal and left in 1979.")]
    public void A_denied_departure_or_one_after_an_entry_is_no_ending(string sentence) =>
        Assert.DoesNotContain(TestClaims.Of($"# Notes\n\n{sentence}\n", "notes.md"), c => c.Role == ActRole.End);

    [Fact]
    public void Aid_the_Soviet_side_sends_elsewhere_after_being_sent_away_is_the_claim_not_the_departure()
    {
        var claim = Assert.Single(TestClaims.Of("# Notes\n\nIn November 1977 the king expelled the Soviet advisers, and within days the Soviet Union launched an air and sea lift to Lisbon.\n", "notes.md"));
        Assert.Equal((ActRole.Intervention, EpisodeKind.MilitaryAid, 1977, "portugal"), (claim.Role, claim.Kind, claim.Year, Assert.Single(claim.Targets)));
    }

    [Theory]
    [InlineData("From 1976 Soviet advisers trained the army of Portugal.", true)]
    [InlineData("Since 1976 Soviet advisers have trained the army of Portugal.", true)]
    [InlineData("In 1976 Soviet advisers trained the army of Portugal.", false)]
    public void A_date_after_from_or_since_opens_the_stay(string sentence, bool opens) =>
        Assert.Equal(opens, Assert.Single(TestClaims.Of($"# Notes\n\n{sentence}\n", "notes.md")).OpensStay);
}
