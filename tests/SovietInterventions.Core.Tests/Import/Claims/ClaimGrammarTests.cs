using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>Stated periods, table rows, refusals, noun acts and defensive wars, on tiny documents written here.</summary>
public sealed class ClaimGrammarTests
{
    private static List<Claim> Claims(string text, string fileName = "a.txt") => TestClaims.Of(text, fileName);

    [Fact]
    public void A_period_opened_by_from_and_closed_by_until_across_other_words_gives_both_ends()
    {
        var claim = Assert.Single(Claims("An article\n\nSoviet pilots flew supplies to Laos from early 1961 until the ceasefire talks of March 1963.\n"));
        Assert.Equal((1961, 1963), (claim.Year, claim.LastYear));
    }

    [Fact]
    public void A_stay_until_a_later_date_after_the_act_ends_it()
    {
        var claim = Assert.Single(Claims("An article\n\nIn Portugal, where Soviet troops entered in December 1971 to remove the president, the army stayed until 1979.\n"));
        Assert.Equal((1971, 1979), (claim.Year, claim.LastYear));
    }

    [Fact]
    public void An_act_a_named_persons_possessive_owns_is_not_the_soviet_agents()
    {
        Assert.Empty(Claims("An article\n\nIn spring 1971 Stalin's approval of Kim's invasion plan for Portugal came after long talks.\n"));
        Assert.Single(Claims("An article\n\nIn 1971 Stalin's invasion of Portugal began.\n"));
    }

    [Fact]
    public void Backing_given_with_a_possessive_is_an_aside_to_the_soviet_act_later_in_the_sentence()
    {
        var claim = Assert.Single(Claims("An article\n\nA local leader, with Stalin's backing, staged a rising at the border; the 11th Red Army entered Portugal on 16 February 1971.\n"));
        Assert.Equal((EpisodeKind.Invasion, ClaimForm.Statement), (claim.Kind, claim.Form));
        Assert.Equal(["portugal"], claim.Targets);
    }

    [Fact]
    public void Backing_given_with_a_possessive_is_the_claim_when_the_sentence_tells_no_other_soviet_act()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1971 a local leader, with Stalin's backing, seized power in Portugal.\n"));
        Assert.Equal(("Stalin", "backing"), (claim.Agent, claim.Act));
        Assert.Equal(["portugal"], claim.Targets);
    }

    [Theory]
    [InlineData("In 1978 Vietnam, with Soviet backing, invaded Portugal.\n")]
    [InlineData("With Soviet support, the Vietnamese army invaded Portugal in December 1978.\n")]
    public void The_agent_of_a_backing_aside_does_not_do_the_act_after_it(string sentence)
    {
        Assert.DoesNotContain(Claims("An article\n\n" + sentence), c => c.Kind == EpisodeKind.Invasion);
    }

    [Fact]
    public void Another_persons_stay_until_a_later_date_does_not_end_the_act()
    {
        var claim = Assert.Single(Claims("An article\n\nSoviet troops entered Portugal in August 1968, and a British correspondent who stayed until 1970 wrote the best account.\n"));
        Assert.Equal((1968, 1968), (claim.Year, claim.LastYear));
    }

    [Fact]
    public void A_short_quoted_phrase_naming_the_act_is_a_term_not_a_claim()
    {
        Assert.Empty(Claims("An article\n\nPlease don't let them make 1971 a \"second Soviet intervention in Portugal\".\n"));
        Assert.Single(Claims("An article\n\nThe report said: \"In 1971 Soviet troops entered Portugal from the north and took the capital within two days.\"\n"));
    }

    [Fact]
    public void A_peoples_adjective_in_a_clause_about_a_person_is_not_the_place_acted_on()
    {
        var claim = Assert.Single(Claims("An article\n\nOn 15 April 1971 Red Army cavalry crossed the river near Termez under a commander, who travelled as a Turkish officer.\n"));
        Assert.DoesNotContain("turkey", claim.Targets);
    }

    [Fact]
    public void A_sentence_of_a_table_rows_cell_that_names_no_place_is_about_the_place_of_another_cell()
    {
        var table = "#,Start,Country / place,Actor,What happened\n4,1971-11-30,Portugal,Red Army,\"Winter campaign. Red Army attacks on 30/11/1971 after a staged incident.\"\n";
        var claim = Assert.Single(Claims(table, "timeline.csv"));
        Assert.Equal(("portugal", 1971), (Assert.Single(claim.Targets), claim.Year));
    }

    [Fact]
    public void Two_dates_without_an_opening_word_are_no_period()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1961 Soviet pilots flew supplies to Laos, and in 1963 the talks ended.\n"));
        Assert.Equal(1961, claim.LastYear);
    }

    [Fact]
    public void An_agent_in_a_table_header_acts_in_its_column_on_the_place_of_the_row()
    {
        var notes = "# Notes\n\n| Years | Where | What Moscow did |\n|---|---|---|\n| 1962-64 | Yemen | sent pilots and advisers |\n";
        var claim = Assert.Single(Claims(notes, "n.md"));
        Assert.Equal(["yemen"], claim.Targets);
        Assert.Equal((1962, 1964), (claim.Year, claim.LastYear));
    }

    [Fact]
    public void A_named_lead_in_inside_the_cell_leaves_the_header_agent_acting()
    {
        var notes = "# Notes\n\n| Years | Where | What Moscow did |\n|---|---|---|\n| 1971 | Freedonia | Operation Lantern: shipped rockets and gunners to Somalia |\n";
        var claim = Assert.Single(Claims(notes, "n.md"));
        Assert.Equal(["somalia"], claim.Targets);
        Assert.Equal("shipped", claim.Act);
    }

    [Fact]
    public void An_agent_in_one_cell_does_not_act_in_the_next_cell_past_its_colon()
    {
        var notes = "# Notes\n\n| Years | Where | What Moscow did | Notes |\n|---|---|---|---|\n| 1971 | Somalia | nothing | Why: invaded later |\n";
        Assert.Empty(Claims(notes, "n.md"));
    }

    [Fact]
    public void Its_forces_in_the_next_clause_are_the_agents_own()
    {
        var claim = Assert.Single(Claims("An article\n\nThe Red Army stayed on as a guard; its last units left Mongolia in 1925.\n"));
        Assert.Equal(ActRole.End, claim.Role);
        Assert.Equal(["mongolia"], claim.Targets);
    }

    [Fact]
    public void Its_forces_after_another_country_are_that_countrys()
    {
        Assert.DoesNotContain(Claims("An article\n\nThe Red Army trained Egypt's officers; its troops invaded Israel in 1973.\n"), c => c.Targets.Contains("israel"));
    }

    [Fact]
    public void A_refusal_between_the_agent_and_the_act_denies_the_act()
    {
        Assert.Empty(Claims("An article\n\nIn 1972 the president resented the Kremlin's refusal to invade Israel.\n"));
    }

    [Fact]
    public void A_leader_declining_to_send_troops_does_not_send_them()
    {
        Assert.Empty(Claims("An article\n\nIn 1972 the Soviet premier, declining to send troops into Israel, advised patience.\n"));
    }

    [Theory]
    [InlineData("In 1946 the Kremlin didn't invade Turkey.")]
    [InlineData("In 1946 the Kremlin didn’t invade Turkey.")]
    [InlineData("In 1946 Turkey wasn't invaded by the Red Army.")]
    [InlineData("The 1946 crisis in Turkey wasn’t a Soviet invasion.")]
    [InlineData("In 1946 Turkey was never a Soviet invasion.")]
    public void A_contracted_negation_denies_the_act(string sentence) =>
        Assert.Empty(Claims("An article\n\n" + sentence + "\n"));

    [Theory]
    [InlineData("The rebels in Chad got American rifles in 1986; don't list them as a Soviet intervention.")]
    [InlineData("The rebels in Chad got American rifles in 1986; they aren’t counted as a Soviet intervention.")]
    public void Denying_that_something_counts_as_a_soviet_act_is_no_claim(string sentence) =>
        Assert.DoesNotContain(Claims("An article\n\n" + sentence + "\n"), c => c.Act.Contains("intervention", StringComparison.Ordinal));

    [Fact]
    public void Counting_something_as_a_soviet_act_without_a_negation_is_still_a_claim() =>
        Assert.Contains(Claims("An article\n\nHistorians list the 1975 airlift to Angola as a Soviet intervention.\n"),
            c => c.Act.Contains("intervention", StringComparison.Ordinal));

    [Fact]
    public void A_table_rows_place_outweighs_a_people_its_act_names()
    {
        var text = "# Notes\n\n| year | place | what happened |\n|---|---|---|\n| 1961 | Laos | Soviet crews airlift Vietnamese troops for the neutralists |\n";
        var claim = Assert.Single(Claims(text, "notes.md"));
        Assert.Equal(["laos"], claim.Targets);
    }

    [Fact]
    public void The_years_in_brackets_after_a_named_war_date_the_war_not_the_act()
    {
        var claim = Assert.Single(Claims("An article\n\nWith continued Soviet backing in 1990, the government fought on, and the conflict became the Laotian Civil War (1990–1994).\n"));
        Assert.Equal(1990, claim.Year);
        Assert.Null(claim.EndDate);
    }

    [Fact]
    public void An_operation_wound_down_ends_the_soviet_act()
    {
        var claims = Claims("An article\n\nIn 1960 Soviet aircraft flew arms into Laos. In July 1962 the Soviet Union wound down the air bridge.\n");
        var end = Assert.Single(claims, c => c.Role == ActRole.End);
        Assert.Equal(1962, end.Year);
    }

    [Fact]
    public void A_denial_in_brackets_denies_the_act()
    {
        Assert.Empty(Claims("An article\n\nIn 1972 a Moscow treaty was signed with Ruritania (NOT an intervention, just détente).\n"));
    }

    [Fact]
    public void Refusing_to_allow_another_act_is_an_act_of_the_soviet_side()
    {
        Assert.Single(Claims("An article\n\nIn 1946 the Soviet forces refused to allow the elected party into office, and the communists took power in Romania.\n"));
    }

    [Fact]
    public void A_noun_act_done_by_the_agent_after_of_is_a_claim_about_the_place_after_it()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1970 the deployment of Soviet fighter squadrons to Egypt began.\n"));
        Assert.Equal(["egypt"], claim.Targets);
    }

    [Fact]
    public void Soviet_forces_attacked_beside_an_ally_defend_the_allys_country()
    {
        var claim = Assert.Single(Claims("An article\n\nIn July 1938 Japanese troops attacked Soviet and Mongolian forces near the lake.\n"));
        Assert.Equal(["mongolia"], claim.Targets);
        Assert.Equal(ActRole.Intervention, claim.Role);
        Assert.Equal(SovietSide.Government, claim.Side);
        Assert.True(claim.Combat);
    }

    [Fact]
    public void A_war_against_the_soviet_union_over_a_stated_period_only_joins_other_claims()
    {
        var claim = Assert.Single(Claims("An article\n\nThe Border War was fought by Finland against the Soviet Union from 1941 to 1944.\n"));
        Assert.Equal(ActRole.Defence, claim.Role);
        Assert.Equal(["finland"], claim.Targets);
    }

    [Fact]
    public void An_attack_on_the_soviet_union_at_home_is_no_claim()
    {
        Assert.Empty(Claims("An article\n\nIn June 1941 German troops attacked the Soviet Union.\n"));
    }

    [Fact]
    public void An_act_someone_reports_or_asks_about_is_a_mention_not_a_statement()
    {
        var reported = Assert.Single(Claims("An article\n\nIn August 1962 a senator warned on the floor that the Soviet Union was sending missiles to Cuba.\n"));
        Assert.Equal(ClaimForm.Mention, reported.Form);
        var asked = Assert.Single(Claims("An article\n\nIn October 1962 the envoy was questioned about whether the Soviets had sent missiles to Cuba.\n"));
        Assert.Equal(ClaimForm.Mention, asked.Form);
        var stated = Assert.Single(Claims("An article\n\nIn September 1962 the Soviet Union sent missiles to Cuba.\n"));
        Assert.Equal(ClaimForm.Statement, stated.Form);
    }

    [Fact]
    public void Offensive_weapons_are_aid_not_an_offensive()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1962 the Soviet Union shipped offensive weapons to Cuba.\n"));
        Assert.Equal(EpisodeKind.MilitaryAid, claim.Kind);
    }

    [Fact]
    public void A_country_in_a_clause_that_reports_the_act_takes_no_part_in_it()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1962 the West German envoy, who had heard that Soviet troops had arrived in Cuba, told Bonn.\n"));
        Assert.Empty(claim.Participants);
    }

    [Fact]
    public void A_soviet_force_wound_down_in_the_passive_ends_the_act_in_the_place_named_before_it()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nIn May 1973 the talks on Somalia ended, and the Soviet naval station was wound down.\n"));
        Assert.Equal(ActRole.End, claim.Role);
        Assert.Equal(["somalia"], claim.Targets);
    }

    [Fact]
    public void Soviet_forces_deployed_in_the_passive_are_aid_to_the_place_after_the_act()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nIn April 1970 Soviet air-defence units were deployed to Egypt.\n"));
        Assert.Equal(EpisodeKind.MilitaryAid, claim.Kind);
        Assert.Equal(["egypt"], claim.Targets);
    }

    [Fact]
    public void Soviet_troops_attacked_in_the_passive_is_no_soviet_act()
    {
        Assert.Empty(TestClaims.Of("An article\n\nIn March 1969 Soviet border troops were attacked on an island in the river.\n"));
    }

    [Fact]
    public void An_agent_in_a_comma_aside_after_the_forces_acts_with_them()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nIn August 1968 some two hundred thousand soldiers, Soviet in the main but with East German units, " +
            "poured into Czechoslovakia.\n"));
        Assert.Equal(EpisodeKind.Invasion, claim.Kind);
        Assert.Equal(["czechoslovakia"], claim.Targets);
    }

    [Fact]
    public void An_act_with_no_object_is_done_to_the_country_that_opens_the_sentence()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nAfter Romania refused to give up the province, the Red Army attacked on 2 May 1940.\n"));
        Assert.Equal(["romania"], claim.Targets);
        Assert.Empty(claim.Participants);
    }

    [Fact]
    public void A_place_inside_the_opening_clause_that_is_not_its_subject_is_no_target()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nAs agreed at the Tehran Conference in 1943, the Red Army attacked in August 1945.\n"));
        Assert.Empty(claim.Targets);
    }

    [Fact]
    public void A_country_named_before_the_opening_clause_is_not_its_subject()
    {
        var claim = Assert.Single(TestClaims.Of("An article\n\nIn Poland, after the talks failed, the Red Army attacked on 2 May 1940.\n"));
        Assert.Empty(claim.Targets);
    }
}
