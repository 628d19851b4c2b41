using SovietInterventions.Core.Model;
using SovietInterventions.Core.Tests.Import.Episodes;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>A country the Soviet side only went through on the way to another ("by rail across Ruritania", "via Finland") is no target.</summary>
public sealed class RoutesTests
{
    [Theory]
    [InlineData("In 1967 Soviet fighters and fuel were shipped to North Vietnam by rail across China.")]
    [InlineData("In 1967 Soviet trucks carried fuel to North Vietnam overland through China.")]
    [InlineData("In 1967 Soviet arms went to North Vietnam transiting China.")]
    [InlineData("From November 1967 Soviet transports flew arms to North Vietnam in through China.")]
    public void A_country_crossed_by_a_means_of_transport_is_a_route_not_a_target(string sentence)
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\n" + sentence + "\n"));
        Assert.Equal(["north-vietnam"], claim.Targets);
    }

    [Theory]
    [InlineData("In January 1934 two brigades of OGPU troops crossed from Soviet Kazakhstan into Xinjiang.")]
    [InlineData("In January 1934 two brigades of OGPU troops crossed into Xinjiang from Kazakhstan.")]
    public void The_country_the_forces_came_from_is_no_target_though_a_word_qualifies_it(string sentence)
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\n" + sentence + "\n"));
        Assert.Equal(["china"], claim.Targets);
    }

    [Theory]
    [InlineData("From November 1950 Soviet fighter pilots flew from bases in Spain over the border.")]
    [InlineData("From November 1950 Soviet fighter pilots flew MiG-15s out of Vigo in Spain over the border.")]
    public void Where_the_bases_the_forces_came_from_stand_is_no_target(string sentence) =>
        Assert.Empty(Assert.Single(TestClaims.Of("An article\n\n" + sentence + "\n")).Targets);

    [Fact]
    public void A_place_after_a_word_that_ends_the_origin_is_the_target() =>
        Assert.Equal(["portugal"], Assert.Single(TestClaims.Of("An article\n\nFrom November 1950 Soviet fighter pilots flew from bases into action in Portugal.\n")).Targets);

    [Fact]
    public void Tanks_rolling_through_a_country_act_in_it()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nIn August 1968 Soviet tanks entered and moved through Czechoslovakia.\n"));
        Assert.Equal(["czechoslovakia"], claim.Targets);
    }

    [Fact]
    public void A_route_named_again_in_another_cell_of_a_table_row_is_not_the_rows_place()
    {
        var table = "year\tactor\tevent\tnote\n" +
            "1967-1970\tSoviet Union\tFighters and fuel shipped by rail across China; Soviet instructors train the air defence force.\tChina slows the transit\n";
        var import = EpisodeBuilderTests.Import(("aid.tsv", table));
        Assert.DoesNotContain(import.Episodes, e => e.Draft.Targets.Contains("china"));
    }
}
