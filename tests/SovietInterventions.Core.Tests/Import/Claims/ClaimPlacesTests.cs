using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>Where a claim's act was done: a note's place label, and what a bracketed remark or an ally joined to the agent do not name.</summary>
public sealed class ClaimPlacesTests
{
    [Fact]
    public void A_note_that_opens_with_a_place_label_is_about_that_place_not_its_heading_s()
    {
        var claim = Assert.Single(TestClaims.Of("# Notes\n\n## Bulgaria, September 1944\n\n- Romania: Vyshinsky forces King Michael to appoint Petru Groza, Feb–Mar 1945\n", "notes.md"));
        Assert.Equal(["romania"], claim.Targets);
    }

    [Fact]
    public void A_bracketed_remark_after_the_act_names_no_place_it_was_done_to()
    {
        var claim = Assert.Single(TestClaims.Of("# Notes\n\n## Bulgaria, September 1944\n\n- 5 Sept 1944: Moscow declares war anyway (the Muraviev cabinet had just begun breaking with Germany — too late)\n", "notes.md"));
        Assert.Equal(["bulgaria"], claim.Targets);
    }

    [Fact]
    public void A_states_embassy_in_another_capital_is_no_place_of_that_state_acted_on()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nThe premier, who had taken refuge in the Yugoslav Embassy, was seized by Soviet officers on 22 November 1956.\n"));
        Assert.DoesNotContain("yugoslavia", claim.Targets);
    }

    [Theory]
    [InlineData("Portugal was the longest posting. In 1975 the Soviet Union sent troops there.", "portugal")]
    [InlineData("Portugal was the longest posting. In 1975 the Soviet Union sent troops, and there were many of them.", null)]
    [InlineData("Portugal and Spain were long postings. In 1975 the Soviet Union sent troops there.", null)]
    [InlineData("Portugal was the longest posting. In 1975 the Soviet Union sent troops, and there followed a long war.", null)]
    [InlineData("Portugal was the longest posting. There's no doubt the Soviet Union sent troops in 1975.", null)]
    public void There_stands_for_the_one_country_the_sentence_before_it_names(string paragraph, string? target)
    {
        var claim = Assert.Single(TestClaims.Of($"An article\n\n{paragraph}\n"));
        Assert.Equal(target is null ? [] : [target], claim.Targets);
    }

    [Fact]
    public void Where_someone_fled_is_no_place_acted_on()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nIn Lithuania the Red Army crossed the border on 15 June 1940, President Smetona fled to Germany.\n"));
        Assert.DoesNotContain("germany", claim.Targets);
    }

    [Fact]
    public void A_bracketed_list_of_places_after_the_act_names_them()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nIn June 1940 the Red Army occupied the three states (Estonia, Latvia and Lithuania).\n"));
        Assert.Equal(["estonia", "latvia", "lithuania"], claim.Targets);
    }

    [Fact]
    public void An_occupier_s_act_on_a_country_s_people_is_done_to_that_country_not_to_the_heading_s_place()
    {
        var claim = Assert.Single(TestClaims.Of("# The pact\n\n## The Soviet Union occupies part of Romania\n\n"
            + "In June 1940 Soviet cadres deported or killed 34,250 Latvians, 75,000 Lithuanians and almost 60,000 Estonians.\n", "notes.md"));
        Assert.Equal(["latvia", "lithuania", "estonia"], claim.Targets);
    }

    [Fact]
    public void A_people_an_army_fought_is_no_place_acted_on()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nIn 1945 the Red Army had liberated the countries of Eastern Europe from the Germans.\n"));
        Assert.DoesNotContain("germany", claim.Targets);
    }

    [Theory]
    [InlineData("the Japanese Kwantung Army", "japan")]
    [InlineData("the German Sixth Army", "germany")]
    public void A_people_before_the_name_of_its_army_is_no_place_acted_on(string army, string people)
    {
        var claim = Assert.Single(TestClaims.Of($"An article\n\nOn 9 August 1945 three Soviet fronts attacked {army} of General Yamada.\n"));
        Assert.DoesNotContain(people, claim.Targets);
    }

    [Theory]
    [InlineData("RA invades w/ UK: 44th and 47th Armies, Reza Shah forced out")]
    [InlineData("RA invaded w/ UK: 44th and 47th Armies, Reza Shah forced out")]
    public void A_country_after_a_partner_word_acts_beside_a_verb_in_either_tense(string act)
    {
        var claim = Assert.Single(TestClaims.Of("# Notes\n\nabbrevs: RA = Red Army\n\n| date | where | what Moscow did |\n|---|---|---|\n| 25 Aug 1941 | Iran (north) | " + act + " |\n", "notes.md"));
        Assert.Equal(["iran"], claim.Targets);
    }

    [Fact]
    public void Countries_aid_went_through_are_no_place_it_went_to()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nFrom 1981 the USSR, directly and through Cuba and Bulgaria, supplied the Sandinista army.\n"));
        Assert.DoesNotContain("bulgaria", claim.Targets);
        Assert.DoesNotContain("cuba", claim.Targets);
    }

    [Fact]
    public void A_people_joined_to_the_agent_by_a_dash_before_the_act_acts_beside_it()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nIn March 1978 the Soviet-Cuban intervention decided the war.\n"));
        Assert.DoesNotContain("cuba", claim.Targets);
        Assert.Equal(EpisodeKind.Invasion, claim.Kind);

        // The act before the joined agent ("an intervention by Soviet-Cuban forces") is read too.
        Assert.NotEmpty(TestClaims.Of("An article\n\nIn March 1978 Ethiopia was saved by an intervention by Soviet-Cuban forces.\n"));
    }

    [Fact]
    public void A_sentence_opening_in_a_place_is_about_it_not_a_place_named_in_a_later_clause_about_someone()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nIn Portugal the Red Army took Lisbon on 5 January 1919 and installed Ruiz Costa, whose republic was merged in February with Spain.\n"));
        Assert.Equal(["portugal"], claim.Targets);
        Assert.Empty(claim.Participants);
    }

    [Fact]
    public void An_opening_place_of_another_clause_is_not_the_act_s()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nIn Portugal in 1956 the people fought a city; in Spain in 1968 the Warsaw Pact occupied a country that chose not to fight.\n"));
        Assert.Equal(["spain"], claim.Targets);
    }

    [Fact]
    public void The_place_a_where_clause_is_about_is_the_act_s_not_one_listed_after_it()
    {
        var claim = Assert.Single(TestClaims.Of("A lecture\n\nCompare the two cases -- Lisbon in June 1953, where Soviet tanks put down the workers' rising in a single day, and Madrid in August 1968 -- and you see the rule.\n"));
        Assert.Equal(["portugal"], claim.Targets);
    }

    [Fact]
    public void A_joint_noun_act_takes_a_partner_and_leaves_the_row_s_country_as_its_place()
    {
        var claim = Assert.Single(TestClaims.Of("# Notes\n\n| year | country | what Moscow did | type |\n|---|---|---|---|\n| 1941 | Portugal | joint invasion with Britain | invasion |\n", "notes.md"));
        Assert.Equal(["portugal"], claim.Targets);
    }

    [Theory]
    [InlineData("The Soviet role in Portugal in 1970 was a direct military intervention in the Arab-Spanish conflict.")]
    [InlineData("On 22 January 1970 the president of Portugal asked Moscow for an air defence system manned by Soviet crews, threatening to resign in favour of a pro-Spanish successor.")]
    public void Peoples_joined_by_a_dash_or_after_pro_name_no_place(string sentence)
    {
        var claim = Assert.Single(TestClaims.Of($"An article\n\n{sentence}\n"));
        Assert.DoesNotContain("spain", claim.Targets);
    }
}
