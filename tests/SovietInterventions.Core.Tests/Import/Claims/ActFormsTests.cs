using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>Claims stated in the present tense, as motion into a place, or by a curated Soviet person or body.</summary>
public sealed class ActFormsTests
{
    private static List<Claim> Claims(string text, string fileName = "a.txt") => TestClaims.Of(text, fileName);

    [Theory]
    [InlineData("In 1979 Soviet paratroopers storm the palace in Afghanistan.", EpisodeKind.Invasion)]
    [InlineData("In 1977 the USSR backs the regime in Ethiopia.", EpisodeKind.MilitaryAid)]
    [InlineData("In 1975 Soviet planes carry the brigades to Angola.", EpisodeKind.MilitaryAid)]
    public void An_act_in_the_present_tense_is_a_claim(string sentence, EpisodeKind kind)
    {
        var claim = Assert.Single(Claims("Notes\n\n" + sentence + "\n"));
        Assert.Equal(kind, claim.Kind);
        Assert.Single(claim.Targets);
    }

    [Theory]
    [InlineData("In 1956 Soviet commanders sent some 17 divisions into Hungary.", "hungary")]
    [InlineData("In 1968 Soviet troops poured into Czechoslovakia.", "czechoslovakia")]
    [InlineData("In 1946 Soviet armoured columns moved towards Iran's capital.", "iran")]
    public void Motion_into_a_place_is_an_invasion_of_it(string sentence, string target)
    {
        var claim = Assert.Single(Claims("Notes\n\n" + sentence + "\n"));
        Assert.Equal(EpisodeKind.Invasion, claim.Kind);
        Assert.Equal([target], claim.Targets);
    }

    [Theory]
    [InlineData("On 26 June 1940 Molotov handed the envoy an ultimatum demanding Bessarabia.", "romania")]
    [InlineData("In 1979 the 40th Army invaded Afghanistan.", "afghanistan")]
    public void A_curated_soviet_leader_or_formation_acts_for_the_soviet_side(string sentence, string target)
    {
        var claim = Assert.Single(Claims("Notes\n\n" + sentence + "\n"));
        Assert.Equal([target], claim.Targets);
    }

    [Fact]
    public void An_act_in_a_clause_opened_by_once_belongs_to_that_clauses_own_subject()
    {
        Assert.Empty(Claims("Notes\n\nIn 1946 a joint Soviet oil company in Iran would follow once the Majlis approved it.\n"));
    }
}
