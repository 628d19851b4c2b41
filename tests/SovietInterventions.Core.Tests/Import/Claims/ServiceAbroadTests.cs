using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Tests.Import.Episodes;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>Soviet officers who "served in" a country were there as aid; a sentence stating the period gives the episode its years.</summary>
public sealed class ServiceAbroadTests
{
    [Fact]
    public void Officers_serving_in_a_country_over_a_period_are_military_aid_for_that_period()
    {
        var claim = Assert.Single(TestClaims.Of("# Notes\n\nBetween 1962 and 1970 a few hundred Soviet officers served in Portugal.\n", "notes.md"));
        Assert.Equal((EpisodeKind.MilitaryAid, ActRole.Intervention, 1962, 1970), (claim.Kind, claim.Role, claim.Year, claim.LastYear));
    }

    [Fact]
    public void Troops_that_fought_in_a_country_over_a_period_are_military_aid_to_that_country()
    {
        var claim = Assert.Single(TestClaims.Of("# Notes\n\nSoviet troops fought in the Ogaden 1977–78 against Somalia.\n", "notes.md"));
        Assert.Equal((EpisodeKind.MilitaryAid, "ethiopia", 1977, 1978), (claim.Kind, Assert.Single(claim.Targets), claim.Year, claim.LastYear));
    }

    [Fact]
    public void An_air_corps_that_fought_over_part_of_a_country_aided_that_country_until_the_date_it_gives()
    {
        var claim = Assert.Single(TestClaims.Of("# Notes\n\nThe Soviet 64th Fighter Aviation Corps fought the air war over north-western Korea " +
            "from November 1950 until the armistice in July 1953.\n", "notes.md"));
        Assert.Equal((EpisodeKind.MilitaryAid, "korea", 1950, 1953), (claim.Kind, Assert.Single(claim.Targets), claim.Year, claim.LastYear));
    }

    [Fact]
    public void A_stated_period_of_service_widens_the_episode_of_a_single_later_act()
    {
        var article = "An article\n\nIn 1966 Soviet advisers planned the army's offensive in Portugal.\n\n" +
            "Between 1962 and 1970 a few hundred Soviet officers served in Portugal.\n";
        var episode = Assert.Single(EpisodeBuilderTests.Import(("a.txt", article)).Episodes);
        Assert.Equal((1962, 1970), (episode.Draft.StartYear, episode.Draft.EndYear));
    }
}
