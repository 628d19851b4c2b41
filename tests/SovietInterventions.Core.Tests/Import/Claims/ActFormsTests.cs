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
    [InlineData("In August 1941 Soviet bombers struck Tabriz.", "iran", EpisodeKind.Invasion)]
    [InlineData("In May 1920 Soviet ships landed troops on the coast of Iran.", "iran", EpisodeKind.Invasion)]
    [InlineData("In August 1941 the Red Army sent its 44th and 47th Armies across the Araks river into Iran.", "iran", EpisodeKind.Invasion)]
    [InlineData("On 11 October 1944 the Presidium admitted Tuva as an autonomous region.", "tannu-tuva", EpisodeKind.Occupation)]
    [InlineData("In October 1944 Tuva was admitted into the Soviet Union.", "tannu-tuva", EpisodeKind.Occupation)]
    [InlineData("In 1944 Tuva was annexed to the USSR.", "tannu-tuva", EpisodeKind.Occupation)]
    [InlineData("In 1975 Soviet transports flew in Cuban gunners to Angola.", "angola", EpisodeKind.MilitaryAid)]
    [InlineData("From December 1970 Soviet warships lay off Conakry.", "guinea", EpisodeKind.MilitaryAid)]
    public void Strikes_landings_admissions_and_airlifts_are_acts(string sentence, string target, EpisodeKind kind)
    {
        var claim = Assert.Single(Claims("Notes\n\n" + sentence + "\n"));
        Assert.Equal(kind, claim.Kind);
        Assert.Equal([target], claim.Targets);
    }

    [Fact]
    public void Soviet_ships_are_no_shipping()
    {
        var claim = Assert.Single(Claims("Notes\n\nIn May 1920 Soviet ships landed troops at Enzeli.\n"));
        Assert.Equal(EpisodeKind.Invasion, claim.Kind);
    }

    [Fact]
    public void Striking_a_deal_is_no_strike()
    {
        Assert.Empty(Claims("Notes\n\nIn August 1939 Moscow struck a deal with Germany over Poland.\n"));
    }

    [Fact]
    public void Crews_in_a_row_of_what_moscow_did_are_military_aid_to_the_rows_place()
    {
        var notes = "# Notes\n\n| Years | Country | What Moscow did |\n|---|---|---|\n| 1982–83 | Syria | rebuilt the air defence, missiles with Soviet crews |\n";
        var claim = Assert.Single(Claims(notes, "n.md"));
        Assert.Equal(EpisodeKind.MilitaryAid, claim.Kind);
        Assert.Equal(["syria"], claim.Targets);
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
