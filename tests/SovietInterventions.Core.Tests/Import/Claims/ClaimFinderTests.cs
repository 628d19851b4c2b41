using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Claims;

/// <summary>Intervention claims read from tiny documents written here.</summary>
public sealed class ClaimFinderTests
{
    private static List<Claim> Claims(string text, string fileName = "a.txt") => TestClaims.Of(text, fileName);

    [Fact]
    public void A_soviet_agent_acting_on_a_country_is_a_claim_with_the_date_of_the_act()
    {
        var claim = Assert.Single(Claims("An article\n\nOn 21 August 1968 Soviet troops invaded Czechoslovakia.\n"));
        Assert.Equal(["czechoslovakia"], claim.Targets);
        Assert.Equal(new PartialDate(1968, 8, 21), claim.Date);
        Assert.Equal(EpisodeKind.Invasion, claim.Kind);
    }

    [Fact]
    public void A_heading_that_gives_its_years_places_only_the_claims_of_those_years()
    {
        var thread = "A thread\n\nSoviet minesweepers at Chittagong, 1972-74 (2019)\n\nIn April 1972 the Soviet Pacific Fleet sent minesweepers.\n\n"
            + "In March 1970 Soviet crews manned the missile sites.\n";

        var claims = Claims(thread);

        Assert.Equal(["bangladesh"], Assert.Single(claims, c => c.Year == 1972).Targets);
        Assert.Empty(Assert.Single(claims, c => c.Year == 1970).Targets);
    }

    [Fact]
    public void A_day_and_month_in_a_spreadsheets_row_take_no_year_from_the_row_above()
    {
        var cards = "Front\tBack\nPortugal offensive: start date\tSoviet troops crossed into Portugal on 9 Aug 1971\nFirst Soviet intervention in Oslo\tearly hours of 24 Oct\n";

        var oslo = Assert.Single(Claims(cards, "cards.tsv"), c => c.Targets.Contains("norway"));
        Assert.Null(oslo.Year);
    }

    [Theory]
    [InlineData("In March 1947 Soviet envoys pressured the regent into appointing a communist premier in Bulgaria.")]
    [InlineData("In March 1947 Soviet envoys forced the regent to appoint a communist premier in Bulgaria.")]
    public void Pressing_a_head_of_state_to_appoint_a_government_is_a_regime_installation(string sentence)
    {
        var claim = Assert.Single(Claims("An article\n\n" + sentence + "\n"));
        Assert.Equal(EpisodeKind.Coup, claim.Kind);
        Assert.Equal(["bulgaria"], claim.Targets);
        Assert.Equal(1947, claim.Year);
    }

    [Theory]
    [InlineData("18 May 1920: the Caspian Flotilla seized the port of Enzeli in Persia.")]
    [InlineData("On 18 May 1920 Raskolnikov's Volga-Caspian Flotilla seized the port of Enzeli in Persia.")]
    public void A_soviet_flotilla_named_as_the_sources_name_it_acts_for_the_soviet_side(string sentence)
    {
        var claim = Assert.Single(Claims("An article\n\n" + sentence + "\n"));
        Assert.Equal(EpisodeKind.Invasion, claim.Kind);
        Assert.Equal(["iran"], claim.Targets);
        Assert.Equal(new PartialDate(1920, 5, 18), claim.Date);
    }

    [Theory]
    [InlineData("From the east came the front of Kirill Meretskov, who had first fought the Finns in the snow of 1939.", 1945)]
    [InlineData("The front, which had last fought in 1940, came from the east in 1945.", 1945)]
    public void A_year_a_relative_clause_looks_back_to_does_not_date_the_days_after_it(string aside, int year)
    {
        var claims = Claims("An article\n\nOn 9 August 1945 Soviet troops invaded Manchukuo.\n\n" + aside + "\n\nOn 19 August Soviet airborne troops seized Mukden.\n");

        Assert.Equal(new PartialDate(year, 8, 19), Assert.Single(claims, c => c.Sentence.Contains("Mukden", StringComparison.Ordinal)).Date);
    }

    [Fact]
    public void A_main_clause_date_after_a_relative_clause_looking_back_still_dates_the_days_after_it()
    {
        var claims = Claims("An article\n\nIn 1941 the two states signed a pact.\n\n"
            + "The Soviet Union, which had denounced the pact in April 1945, declared war on Japan on 8 August 1945.\n\n"
            + "On 9 August Soviet troops invaded Manchukuo.\n");

        Assert.Equal(new PartialDate(1945, 8, 9), Assert.Single(claims, c => c.Sentence.Contains("Manchukuo", StringComparison.Ordinal)).Date);
    }

    [Fact]
    public void A_day_in_a_sentence_with_a_relative_clause_looking_back_takes_the_story_s_year_not_the_clause_s()
    {
        var claims = Claims("An article\n\nOn 9 August 1945 Soviet troops invaded Manchukuo.\n\n"
            + "On 19 August Soviet troops seized Harbin under Meretskov, who had first fought the Finns in 1939.\n");

        Assert.Equal([new PartialDate(1945, 8, 19)], claims.Where(c => c.Sentence.Contains("Harbin", StringComparison.Ordinal)).Select(c => c.Date));
    }

    [Fact]
    public void An_ending_that_only_began_lasts_to_the_last_date_after_it()
    {
        var claims = Claims("An article\n\nIn December 1979 Soviet troops invaded Afghanistan.\n\n" +
            "After the Geneva Accords were signed in April 1988, Soviet troops began leaving in May 1988, and the last of them were home on 15 February 1989.\n");
        var end = Assert.Single(claims, c => c.Role == ActRole.End);
        Assert.Equal(["afghanistan"], end.Targets);
        Assert.Empty(end.Participants);
        Assert.Equal((1988, 1989), (end.Year, end.LastYear));
    }

    [Fact]
    public void An_ending_followed_by_began_also_lasts_to_the_last_date_after_it()
    {
        var claims = Claims("An article\n\nIn March 1968 Soviet troops invaded Portugal.\n\n" +
            "Then Brezhnev lost patience: the withdrawal began on 2 June 1974, and the last colonel drove across the frontier on 9 January 1975.\n");
        var end = Assert.Single(claims, c => c.Role == ActRole.End);
        Assert.Equal((1974, 1975), (end.Year, end.LastYear));
    }

    [Fact]
    public void An_ending_under_the_heading_of_a_callout_ends_the_act_the_callout_told()
    {
        var notes = "# Notes\n\n## Reading\n\n> [!summary] The war in brief\n> On 30 November 1939 the Red Army attacked Finland.\n\n" +
            "The first weeks went badly.\n\nPeace treaty signed 12 March 1940, and the guns fell silent.\n";
        var end = Assert.Single(Claims(notes, "n.md"), c => c.Role == ActRole.End);
        Assert.Equal(["finland"], end.Targets);
        Assert.Equal(1940, end.Year);
    }

    [Fact]
    public void A_country_invading_the_soviet_union_is_no_claim()
    {
        Assert.Empty(Claims("An article\n\nIn 1941 Germany invaded the Soviet Union.\n"));
    }

    [Fact]
    public void A_passive_sentence_names_its_agent_after_by()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1956 Hungary was invaded by the Red Army.\n"));
        Assert.Equal(["hungary"], claim.Targets);
    }

    [Fact]
    public void Allies_whose_troops_act_with_the_soviets_are_participants_not_targets()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1968 Soviet, Polish and Bulgarian troops occupied Czechoslovakia.\n"));
        Assert.Equal(["czechoslovakia"], claim.Targets);
        Assert.Equal(["bulgaria", "poland"], claim.Participants.Order());
    }

    [Fact]
    public void A_place_something_is_directed_at_before_the_act_is_no_participant()
    {
        var claim = Assert.Single(Claims("An article\n\nThe crisis came in June 1971: the ultimatum to Portugal on 14 June, the Red Army pouring in on the 15th and the occupation of Lisbon on the 17th.\n"));
        Assert.Equal(["portugal"], claim.Targets);
        Assert.Empty(claim.Participants);
    }

    [Fact]
    public void A_claim_naming_no_place_does_not_take_the_place_of_a_mere_mention_before_it()
    {
        var claims = Claims("# A paper\n\nHistories of Soviet intervention usually begin in Budapest or Prague. This paper looks instead at the frontier, where the Soviet state sent troops across its borders between 1921 and 1944.\n", "paper.md");
        var sent = Assert.Single(claims, c => c.Act.StartsWith("sent", StringComparison.Ordinal));
        Assert.Empty(sent.Targets);
    }

    [Fact]
    public void A_year_that_names_another_event_dates_nothing()
    {
        var claim = Assert.Single(Claims("An article\n\nOn 17 September the Red Army invaded Poland, violating the 1932 pact.\n"));
        Assert.False(claim.DatedInSentence);
    }

    [Fact]
    public void A_year_outside_the_period_is_commentary_and_dates_nothing()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 2014 Moscow annexed Crimea.\n"));
        Assert.Null(claim.Date);
    }

    [Fact]
    public void Arming_another_state_for_its_invasion_is_military_aid()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1950 the Soviet Union armed North Korea, whose army then invaded its neighbour.\n"));
        Assert.Equal(EpisodeKind.MilitaryAid, claim.Kind);
    }

    [Fact]
    public void Troops_backing_a_king_take_the_governments_side()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1929 Soviet troops supported the king of Afghanistan against the rebels.\n"));
        Assert.Equal(SovietSide.Government, claim.Side);
        Assert.NotEqual(EpisodeKind.InsurgencySupport, claim.Kind);
    }

    [Fact]
    public void A_references_section_makes_no_claims()
    {
        var claims = Claims("# Notes\n\nThe archive of the ministry opened to readers in 1992.\n\n## References\n\n- A. Writer, How Soviet troops invaded Hungary in 1956.\n", "n.md");

        Assert.DoesNotContain(claims, c => c.Targets.Contains("hungary"));
    }

    [Fact]
    public void A_named_war_joined_to_the_agent_is_a_claim_about_its_place()
    {
        var claim = Assert.Single(Claims("An article\n\nThe Soviet–Afghan War took place in Afghanistan from December 1979 to February 1989.\n"));
        Assert.Equal(["afghanistan"], claim.Targets);
        Assert.Equal((1979, 1989), (claim.Year, claim.LastYear));
    }

    [Fact]
    public void Soviet_soil_is_where_not_who() =>
        Assert.Empty(Claims("An article\n\nAt a congress held on Soviet soil in March 1921 they founded a party, and on 18 March the partisans captured the town of Lisbon.\n"));

    [Fact]
    public void Soviet_border_troops_are_the_soviet_side() =>
        Assert.Equal(["portugal"], Assert.Single(Claims("An article\n\nIn March 1971 Soviet border troops crossed into Portugal.\n")).Targets);

    [Fact]
    public void By_and_a_gerund_says_how_and_aid_goes_to_the_place_after_a_destination_word()
    {
        var claim = Assert.Single(Claims("An article\n\nIn May 1962 the Soviet leader answered the American lead in missiles by placing Soviet missiles in Cuba.\n"));
        Assert.Equal(EpisodeKind.MilitaryAid, claim.Kind);
        Assert.Equal(["cuba"], claim.Targets);
    }

    [Fact]
    public void An_act_that_the_sentence_says_began_and_ended_lasts_to_the_date_of_its_end()
    {
        var claim = Assert.Single(Claims("An article\n\nThe Soviet occupation of Iran began with an invasion on 25 August 1941 and ended when the last units went home on 9 May 1946.\n"),
            c => c.Role == ActRole.Intervention);
        Assert.Equal((1941, 1946), (claim.Year, claim.LastYear));
    }

    [Fact]
    public void An_act_followed_by_another_dated_thing_that_ended_keeps_its_own_date() =>
        Assert.Equal((1941, 1941), Assert.Single(Claims("An article\n\nThe Soviet occupation of Iran was swift on 25 August 1941, and the old treaty ended on 9 May 1946.\n"),
            c => c.Role == ActRole.Intervention) is var claim ? (claim.Year, claim.LastYear) : default);

    [Fact]
    public void A_day_written_after_on_the_dates_the_act()
    {
        var claim = Assert.Single(Claims("An article\n\nAt dawn on the 17th of September 1939, two Soviet fronts crossed Poland's eastern border.\n"));
        Assert.Equal((new PartialDate(1939, 9, 17), true), (claim.Date, claim.DatedInSentence));
    }

    [Fact]
    public void Forces_a_sentence_opens_with_are_those_the_sentence_before_named()
    {
        var claim = Assert.Single(Claims("An article\n\nUnits of the Red Army and local partisans beat the baron back. The combined force entered Urga on 6 July 1921.\n"));
        Assert.Equal((EpisodeKind.Invasion, "mongolia", new PartialDate(1921, 7, 6)), (claim.Kind, Assert.Single(claim.Targets), claim.Date));
    }

    [Fact]
    public void Forces_after_a_sentence_naming_no_Soviet_side_act_for_no_one() =>
        Assert.Empty(Claims("An article\n\nChinese troops and local partisans beat the baron back. The combined force entered Urga on 6 July 1921.\n"));

    [Fact]
    public void Forces_a_country_qualifies_are_that_countrys_whoever_the_sentence_before_named() =>
        Assert.DoesNotContain(Claims("An article\n\nThe last Soviet troops left Iranian soil in May 1946. The Iranian army marched into Tabriz on 12 December 1946.\n"),
            c => c.Role == ActRole.Intervention);

    [Fact]
    public void An_assault_on_a_place_is_an_act_of_force() =>
        Assert.Equal(["afghanistan"], Assert.Single(Claims("An article\n\nStorm-333: KGB special forces' assault on the Taj Beg Palace in Kabul, 27 Dec 1979.\n")).Targets);

    [Fact]
    public void A_day_naming_another_event_dates_nothing() =>
        Assert.False(Assert.Single(Claims("An article\n\nSoviet troops entered Poland to stop the 9 September Party Congress.\n")).DatedInSentence);

    [Fact]
    public void Forces_destroying_another_army_on_its_soil_act_against_that_country()
    {
        var claim = Assert.Single(Claims("Notes\n\nOn 13 August 1969 Soviet border guards and armour destroyed a detachment on the Xinjiang border.\n"));
        Assert.Equal(EpisodeKind.Invasion, claim.Kind);
        Assert.Equal(["china"], claim.Targets);
    }

    [Theory]
    [InlineData("In August 1941 the Soviet Union invaded Iran together with Britain.")]
    [InlineData("In August 1941 the Soviet Union invaded Iran jointly with Britain.")]
    public void A_country_joined_to_the_act_by_a_partner_word_is_no_target(string sentence) =>
        Assert.Equal(["iran"], Assert.Single(Claims("An article\n\n" + sentence + "\n"), c => c.Act == "invaded").Targets);

    [Fact]
    public void A_row_whose_act_names_only_its_partner_is_about_the_rows_country() =>
        Assert.Equal(["iran"], Assert.Single(Claims("Notes\n\n1941–46 — country: Iran; what the USSR did: invaded w/ Britain, occupied north; outcome: left May 1946\n"),
            c => c.Act == "invaded").Targets);

    [Fact]
    public void A_country_after_with_further_on_in_the_clause_stays_a_target() =>
        Assert.Contains("finland", Assert.Single(Claims("An article\n\nIn 1939 the Soviet Union intervened in the war with Finland.\n"), c => c.Act == "intervened").Targets);

    [Fact]
    public void Aid_whose_phrase_holds_its_place_goes_to_that_place()
    {
        // "fought ... in" spans the place: there is no text after the act to say whether the aid went there.
        var claim = Assert.Single(Claims("An article\n\nThe general led the Soviet airmen, who fought over Madrid and at Guadalajara in March 1937.\n"));
        Assert.Equal(EpisodeKind.MilitaryAid, claim.Kind);
        Assert.Equal(["spain"], claim.Targets);
    }

    [Fact]
    public void An_act_word_before_its_agent_with_no_place_after_it_is_read_without_failing()
    {
        // "armoured trains of the Red Army": the act's word ("trains") comes before the agent, and no place follows it.
        var claims = Claims("An article\n\nOn 27 April 1920 the communists presented an ultimatum, and during the night armoured trains of the Red Army's 11th Army rolled south; they reached Baku on 28 April.\n");
        Assert.All(claims, c => Assert.DoesNotContain("georgia", c.Targets));
    }

    [Theory]
    [InlineData("Meanwhile further Soviet divisions were crossing into Hungary in November 1956.")]
    [InlineData("Soviet divisions were invading Hungary in November 1956.")]
    [InlineData("At dawn on 4 November 1956 Soviet forces launched an operation, known as \"Whirlwind\", against Budapest.")]
    public void An_act_going_on_or_an_operation_launched_against_a_place_is_the_soviet_sides_act_there(string sentence)
    {
        var claim = Assert.Single(Claims("An article\n\n" + sentence + "\n"));
        Assert.Equal(EpisodeKind.Invasion, claim.Kind);
        Assert.Equal(["hungary"], claim.Targets);
    }

    [Fact]
    public void A_numbered_soviet_army_named_once_is_an_agent_by_its_number_after_that()
    {
        const string story = "- 2 Dec 1920: the government hands over power; 11th Army units reach Yerevan\n";
        var defined = Claims("# Armenia, 1920–1921\n\n- Nov 1920: a committee arrives with units of the 11th Red Army\n" + story, "notes.md");

        var claim = Assert.Single(defined, c => c.Agent == "11th Army");
        Assert.Equal(["armenia"], claim.Targets);
        Assert.DoesNotContain(Claims("# Armenia, 1920–1921\n\n" + story, "notes.md"), c => c.Agent == "11th Army");
    }

    [Theory]
    [InlineData("abbrevs: USSR / Sov = Soviet Union, RA = Red Army, CER = Chinese Eastern Railway")]
    [InlineData("abbrevs: **USSR / SU** = Soviet Union · **RA** = Red Army · **CER** = Chinese Eastern Railway")]
    public void A_short_form_the_document_defines_for_the_soviet_side_is_an_agent_in_it(string definitions)
    {
        const string story = "## CER 1929\n\n- Zhang Xueliang seizes the CER 10 July\n- RA + river gunboats hit back Oct–Nov, Manzhouli 20 Nov\n";
        var claim = Assert.Single(Claims("# Notes\n\n" + definitions + "\n\n" + story, "notes.md"));
        Assert.Equal("RA", claim.Agent);
        Assert.Equal(EpisodeKind.Invasion, claim.Kind);
        Assert.Equal(["china"], claim.Targets);
        Assert.Equal(1929, claim.Year);

        Assert.Empty(Claims("# Notes\n\n" + story, "notes.md"));
    }

    [Theory]
    [InlineData("abbrevs: GDR = East Germany (Soviet zone), RA = Royal Artillery")]
    [InlineData("The Royal Artillery (RA) was not there.")]
    public void A_short_form_for_anything_but_the_soviet_side_is_no_agent(string definition)
    {
        Assert.Empty(Claims("# Notes\n\n" + definition + "\n\n## 1950\n\n- RA + GDR hit back at Stettin in Poland 20 Nov\n", "notes.md"));
    }

    [Fact]
    public void A_row_that_marks_its_act_as_not_one_makes_no_claim()
    {
        Assert.Empty(Claims("# Notes\n\n| year | country | what the USSR did |\n|---|---|---|\n| 1955 | Austria | ≠ intervention — State Treaty, troops leave |\n", "notes.md"));
    }

    [Fact]
    public void Coming_into_a_city_is_force_and_the_enemy_s_lines_are_no_place()
    {
        Assert.Equal(["armenia"], Assert.Single(Claims("An article\n\nThe Red Army comes into Yerevan in December 1920.\n")).Targets);
        var landing = Assert.Single(Claims("An article\n\nIn February 1978 the Ethiopian forces, with Soviet-flown helicopters landing troops behind the Somali lines near Jijiga, broke through.\n"));
        Assert.DoesNotContain("somalia", landing.Targets);
    }

    [Fact]
    public void A_city_that_names_an_agreement_is_no_agent()
    {
        Assert.Empty(Claims("An article\n\nIn 1921 the Treaty of Moscow fixed the border, leaving Batumi with Georgia.\n"));
        Assert.Single(Claims("An article\n\nIn 1921 Moscow fixed the border, leaving Batumi with Georgia.\n"));
    }

    [Fact]
    public void Forces_reaching_a_city_is_force_and_reaching_an_agreement_is_not()
    {
        Assert.Equal(["armenia"], Assert.Single(Claims("An article\n\nRed Army units reached Yerevan in the first days of December 1920.\n")).Targets);
        Assert.Empty(Claims("An article\n\nIn March 1940 Moscow reached an agreement with Finland.\n"));
    }

    [Fact]
    public void The_last_man_across_ends_the_stay()
    {
        var claims = Claims("# Notes\n\n- 25 Dec 1979: Soviet troops invade Afghanistan.\n- 15 Feb 1989: Lt Gen Boris Gromov is the last man across the Friendship Bridge.\n", "notes.md");

        var end = Assert.Single(claims, c => c.Role == ActRole.End);
        Assert.Equal(["afghanistan"], end.Targets);
        Assert.Equal(1989, end.Year);
    }

    [Fact]
    public void Hitting_back_at_someone_is_words_not_force()
    {
        Assert.Empty(Claims("An article\n\nIn March 1960 Moscow hit back at China's criticism.\n"));
        Assert.Single(Claims("An article\n\nIn March 1969 Soviet border troops hit back on Zhenbao Island.\n"));
    }

    [Fact]
    public void Countries_a_plus_joins_to_the_soviet_side_act_beside_it()
    {
        var claim = Assert.Single(Claims("# Notes\n\n## Czechoslovakia 1968\n\n- night 20/21 Aug 1968: Warsaw Pact invasion, troops (USSR + Poland, Hungary, Bulgaria)\n", "notes.md"));
        Assert.DoesNotContain("poland", claim.Targets);
        Assert.DoesNotContain("hungary", claim.Targets);
    }

    [Fact]
    public void A_country_named_as_the_agent_of_another_act_is_not_the_target()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1962 Soviet advisers worried about missiles installed by the United States in Turkey.\n"));
        Assert.DoesNotContain("united-states", claim.Targets);
    }

    [Fact]
    public void Notes_under_a_bare_place_heading_are_about_that_place_and_a_dated_ending_without_agent_closes_them()
    {
        var claims = Claims("# Notes\n\n## Czechoslovakia\n\n- Aug 1968: Soviet troops enter, leaders arrested\n- withdrawal completed June 1991\n", "n.md");
        Assert.Equal(2, claims.Count);
        Assert.Equal(["czechoslovakia"], claims[0].Targets);
        Assert.Equal(ActRole.Intervention, claims[0].Role);
        Assert.Equal((ActRole.End, 1991), (claims[1].Role, claims[1].Year!.Value));
        Assert.Equal(["czechoslovakia"], claims[1].Targets);
    }

    [Fact]
    public void A_withdrawal_without_agent_that_only_began_lasts_to_its_last_date_and_a_place_in_a_name_or_an_agent_after_it_does_not_stop_it()
    {
        var claims = Claims("# Notes\n\n## Mongolia\n\n- Jan 1966: Soviet troops enter again\n" +
            "- withdrawal began in April 1986 after the Geneva Talks, and in September 1989 the last Red Army colonel drove north\n", "n.md");
        var end = Assert.Single(claims, c => c.Role == ActRole.End);
        Assert.Equal(["mongolia"], end.Targets);
        Assert.Equal((1986, 1989), (end.Year, end.LastYear));
    }

    [Fact]
    public void An_ending_whose_subject_is_another_people_does_not_end_the_soviet_stay()
    {
        var claims = Claims("# Notes\n\n## Korea\n\n- Aug 1945: Soviet troops enter the north\n- Soviet troops withdrew at the end of 1948\n- The Americans left the south in 1949\n", "n.md");

        var end = Assert.Single(claims, c => c.Role == ActRole.End);
        Assert.Equal(1948, end.Year);
    }

    [Fact]
    public void An_act_dated_decades_after_the_claim_before_it_takes_no_place_from_it()
    {
        var claims = Claims("# A lecture\n\nIn 1953 Soviet pilots fought in Korea. On 12 December 1979 the Politburo decided to send troops.\n", "l.md");

        var later = Assert.Single(claims, c => c.Year == 1979);
        Assert.Empty(later.Targets);
    }

    [Fact]
    public void The_last_of_several_years_a_line_lists_dates_no_day_on_the_lines_after_it()
    {
        var claims = Claims("# Notes\n\n## Teaching points\n\n- keeping the bloc (GDR 1953, Hungary 1956, Czechoslovakia 1968)\n"
            + "- Hungary: students forget the first Soviet intervention on 24 Oct.\n", "n.md");

        var hungary = Assert.Single(claims, c => c.Targets.Contains("hungary"));
        Assert.Null(hungary.Year);
    }

    [Fact]
    public void A_border_war_is_an_act_of_force()
    {
        var claim = Assert.Single(Claims("An article\n\nIn July 1938 the Soviet–Japanese border war broke out at Lake Khasan.\n"));
        Assert.Equal(EpisodeKind.Invasion, claim.Kind);
        Assert.Equal(1938, claim.Year);
    }

    [Fact]
    public void A_persons_earlier_career_told_in_passing_is_no_claim()
    {
        Assert.Empty(Claims("An article\n\nIn August 1929 Moscow placed the army under Vasily Blyukher, who had served in China in 1924–1927 as chief military adviser.\n"));
        Assert.Single(Claims("An article\n\nVasily Blyukher served in China in 1924–1927 as chief military adviser.\n"));
    }

    [Fact]
    public void A_year_of_a_persons_past_after_the_act_does_not_date_it()
    {
        var claim = Assert.Single(Claims("An article\n\nIn December 1939 the Red Army captured Lisbon.\n\nThe next day Moscow unveiled a new government in the captured village of Terijoki, led by Ruiz Costa, a communist who had lived in the Soviet Union since 1918.\n"),
            c => c.Sentence.StartsWith("The next day", StringComparison.Ordinal));
        Assert.NotEqual(1918, claim.Year);
    }

    [Theory]
    [InlineData("The Red Army invaded Portugal, not in 1973 but in 1971.")]
    [InlineData("Portugal: 1971 (NOT 1973-74: that is a different war, after the Red Army invaded Portugal).")]
    [InlineData("Soviet troops invaded Portugal NOT IN 1973 but in 1971.")]
    public void A_date_the_writer_rules_out_does_not_date_the_act(string sentence) =>
        Assert.Equal(1971, Assert.Single(Claims($"An article\n\n{sentence}\n")).Year);

    [Fact]
    public void A_date_in_another_that_clause_belongs_to_that_clause()
    {
        var claim = Assert.Single(Claims("An article\n\nFew know that Soviet missile crews defended the sky over Portugal for two years, or that in the winter of 1977-78 the rains failed.\n"));
        Assert.False(claim.DatedInSentence);
        Assert.Equal(1977, Assert.Single(Claims("An article\n\nFew know that Soviet missile crews defended the sky over Portugal in the winter of 1977-78.\n")).Year);
    }

    [Theory]
    [InlineData("In December 1979 the king asked for help, and that month Soviet troops entered Portugal.", 1979)]
    [InlineData("The Politburo met on 17 August 1968, and that night Soviet troops crossed into Portugal.", 1968)]
    public void A_that_which_opens_no_clause_leaves_the_date(string sentence, int year) =>
        Assert.Equal(year, Assert.Single(Claims($"An article\n\n{sentence}\n")).Year);

    [Fact]
    public void Sailors_landed_by_a_soviet_fleet_are_an_act_of_force() =>
        Assert.Equal(EpisodeKind.Invasion, Assert.Single(Claims("An article\n\nOn 18 May 1920 the Soviet flotilla landed sailors at Lisbon.\n")).Kind);

    [Fact]
    public void A_state_of_emergency_a_note_declares_without_article_is_an_act_of_force() =>
        Assert.Equal(EpisodeKind.Invasion, Assert.Single(Claims("# Notes\n\n- 17 June 1953: the Soviet commandant of the city declares state of emergency in Lisbon.\n", "n.md")).Kind);

    [Fact]
    public void The_suppression_of_a_rising_is_force_and_the_suppression_of_news_is_not()
    {
        Assert.Equal(EpisodeKind.Invasion, Assert.Single(Claims("An article\n\nIn 1971 the Soviet suppression of the uprising in Portugal took two days.\n")).Kind);
        Assert.Empty(Claims("An article\n\nIn 1971 the Soviet press kept up its suppression of news about the strikes in Portugal.\n"));
    }

    [Fact]
    public void An_act_a_people_in_the_plural_does_after_a_subordinator_is_theirs()
    {
        Assert.Empty(Claims("An article\n\nIn August 1971 the talks stalled over the passage of Soviet troops through Portugal if Germans attacked.\n"));
        Assert.Single(Claims("An article\n\nIn August 1971 Soviet troops and Germans attacked Portugal.\n"));
        Assert.Single(Claims("An article\n\nIn August 1971 Soviet troops, together with Germans, attacked Portugal.\n"));
    }

    [Fact]
    public void A_state_of_emergency_a_soviet_commandant_proclaims_is_an_act_of_force() =>
        Assert.Equal(EpisodeKind.Invasion, Assert.Single(Claims("# Notes\n\n- 17 June 1953: the Soviet commandant of the city proclaims a state of emergency in Lisbon.\n", "n.md")).Kind);

    [Fact]
    public void A_passive_aside_between_commas_yields_to_the_clause_s_own_act()
    {
        var claim = Assert.Single(Claims("A lecture\n\nIn October 1929 Blyukher's troops, supported by the Amur Flotilla, struck at Lisbon.\n"));
        Assert.Equal("struck", claim.Act);
        Assert.Equal(EpisodeKind.Invasion, claim.Kind);
    }

    [Fact]
    public void The_year_a_historian_wrote_in_dates_no_claim() =>
        Assert.DoesNotContain(1958, Claims("An article\n\nRuiz calls it a Soviet invasion of Portugal; Allen Whiting, writing in 1958, stressed the governor's own part.\n").Select(c => c.Year));

    [Theory]
    [InlineData("In 1968 armies from four Warsaw Pact countries -- the Soviet Union, Bulgaria, Poland and Hungary -- invaded Portugal.", "portugal")]
    [InlineData("In August 1968 the Warsaw Pact, whose armies invaded Portugal on 21 August, met again.", "portugal")]
    [InlineData("In 1945 Soviet forces, facing nothing more than scattered resistance, occupied Portugal.", "portugal")]
    [InlineData("Only after three days of fighting could Soviet troops enter Lisbon on 7 November 1956.", "portugal")]
    [InlineData("In December 1979 Soviet troops may have entered Portugal as early as 24 December.", "portugal")]
    public void The_rules_for_asides_modals_and_negators_leave_these_acts_done(string sentence, string target) =>
        Assert.Equal([target], Assert.Single(Claims($"An article\n\n{sentence}\n")).Targets);

    [Fact]
    public void A_passive_aside_after_a_place_is_what_was_done_there()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1968 Portugal, occupied by Soviet forces in August, saw the Red Army withdraw in 1991.\n"));
        Assert.Equal(ActRole.Intervention, claim.Role);
        Assert.Equal(1968, claim.Year);
    }

    [Fact]
    public void Two_countries_joined_by_a_dash_name_both_sides_of_a_war() =>
        Assert.Equal(["spain", "portugal"], Assert.Single(Claims("An article\n\nIn 1977 Moscow's intervention in the Spanish-Portuguese war began.\n")).Targets);

    [Fact]
    public void A_who_had_clause_closed_by_a_comma_leaves_the_act_its_own_date() =>
        Assert.Equal(1939, Assert.Single(Claims("An article\n\nThe Red Army installed Ruiz Costa, who had led the Portuguese Reds, at Lisbon on 1 December 1939.\n")).Year);

    [Fact]
    public void The_political_left_is_no_departure() =>
        Assert.DoesNotContain(Claims("An article\n\nIn June 1937 the NKVD station in Portugal pursued Stalin's enemies on the left.\n"), c => c.Role == ActRole.End);

    [Fact]
    public void A_double_hyphen_ends_a_clause_as_a_dash_does() =>
        Assert.Empty(Assert.Single(Claims("A lecture\n\nIn 1953 Soviet tanks put down the rising -- and Portugal watched in silence.\n")).Targets);

    [Fact]
    public void An_act_dated_within_the_period_of_the_claim_before_it_takes_its_place()
    {
        var claims = Claims("# A lecture\n\nBetween 1979 and 1989 Soviet troops occupied Afghanistan. On 12 December 1986 the Politburo decided to send more troops.\n", "l.md");

        Assert.All(claims, c => Assert.Equal(["afghanistan"], c.Targets));
    }

    [Fact]
    public void Another_people_in_a_clause_before_the_ending_is_not_its_subject()
    {
        var claims = Claims("# Notes\n\n## Korea\n\n- Aug 1945: Soviet troops enter the north\n- Once the Americans had landed in the south, the last garrison left in 1948\n", "n.md");

        var end = Assert.Single(claims, c => c.Role == ActRole.End);
        Assert.Equal(1948, end.Year);
    }

    [Fact]
    public void An_act_dated_in_the_same_year_as_the_claim_before_it_takes_its_place()
    {
        var claims = Claims("# A lecture\n\nIn 1953 Soviet pilots fought in Korea. In December 1953 the Politburo decided to send troops.\n", "l.md");

        Assert.All(claims, c => Assert.Equal(["korea"], c.Targets));
    }

    [Fact]
    public void Closing_the_routes_into_a_place_is_a_blockade()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1950 Soviet troops sealed off the roads into Austria.\n"));
        Assert.Equal((EpisodeKind.Blockade, "austria"), (claim.Kind, Assert.Single(claim.Targets)));
    }

    [Fact]
    public void Cutting_every_road_and_rail_route_into_a_place_is_a_blockade()
    {
        var claim = Assert.Single(Claims("An article\n\nOn 3 May 1950 the Soviet command cut every road and rail route into Austria.\n"));
        Assert.Equal((EpisodeKind.Blockade, "austria"), (claim.Kind, Assert.Single(claim.Targets)));
    }

    [Fact]
    public void A_war_against_another_state_told_under_a_place_heading_was_fought_in_that_place()
    {
        var notes = "# Notes\n\n## Bekaa Valley, June 1982\n\nSoviet crews joined the war against Israel. The USSR declared war on 9 June 1982.\n";
        var claims = Claims(notes, "n.md");
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(["lebanon"], c.Targets));
    }

    [Fact]
    public void A_heading_listing_several_countries_gives_a_claim_naming_another_country_only_that_country()
    {
        var talk = "# Talk 4 — far wars: Laos, southern Africa, Cuba\n\nSo: Angola, 1975 to 1976 for the Soviet intervention itself.\n\n" +
            "Students often call 1985 a Soviet intervention too.\n\nLaos, 1960 to 1962, was a Soviet airlift.\n";
        var claims = Claims(talk, "t.md");
        Assert.Equal(3, claims.Count);
        Assert.Equal(["angola"], claims[0].Targets);
        Assert.Empty(claims[1].Targets);
        Assert.Contains("laos", claims[2].Targets);
    }

    [Fact]
    public void Aid_against_a_liberation_front_takes_no_side_of_that_front()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1977 Soviet advisers flew in to help Ethiopia against the Western Somali Liberation Front.\n"));
        Assert.NotEqual(SovietSide.Opposition, claim.Side);
        Assert.Equal(EpisodeKind.MilitaryAid, claim.Kind);
    }

    [Fact]
    public void Aid_to_a_faction_fighting_inside_a_country_is_insurgency_support()
    {
        var claim = Assert.Single(Claims("An article\n\nIn March 1921 the Bulgarian communists seized the town of Vratsa with the help of Soviet officers.\n"));
        Assert.Equal((EpisodeKind.InsurgencySupport, SovietSide.Faction), (claim.Kind, claim.Side));
    }

    [Fact]
    public void Units_that_went_home_end_their_stay()
    {
        var claims = Claims("An article\n\nIn March 1970 Soviet air-defence units were deployed to Egypt.\n\nIn the summer of 1972 the Soviet units went home from Egypt.\n");
        Assert.Contains(claims, c => c.Role == ActRole.End && c.Year == 1972 && c.Targets.Contains("egypt"));
    }

    [Fact]
    public void A_war_against_a_state_with_no_place_heading_keeps_that_state()
    {
        var claim = Assert.Single(Claims("An article\n\nIn August 1945 the USSR declared war on Japan.\n"));
        Assert.Equal(["japan"], claim.Targets);
    }

    [Theory]
    [InlineData("In 1936 the USSR kept to a policy of non-intervention in Spain.")]
    [InlineData("Compare Austria: in 1945 the Red Army was already there, so \"occupation\" mostly meant staying.")]
    [InlineData("In 1981 Soviet delegates vetoed resolutions critical of Vietnam and its invasion of Cambodia.")]
    [InlineData("As the war turned and the Soviet Union won in the east, Romanian politicians entered talks in 1944.")]
    [InlineData("In 1940 fear of the Soviet Union along with German support for Hungary cost Romania its land.")]
    public void An_act_denied_owned_by_another_or_in_another_clause_is_no_soviet_claim(string sentence) =>
        Assert.Empty(Claims($"An article\n\n{sentence}\n"));

    [Fact]
    public void A_place_that_fell_to_the_red_army_was_acted_on_by_it()
    {
        var claim = Assert.Single(Claims("An article\n\nOn 9 April 1945 Königsberg fell to the Red Army.\n"));
        Assert.Equal((EpisodeKind.Invasion, "germany", ClaimForm.Statement), (claim.Kind, Assert.Single(claim.Targets), claim.Form));
    }

    [Fact]
    public void A_capitalised_act_inside_a_sentence_is_a_name_and_an_adjective_agent_only_mentions_the_act()
    {
        var claims = Claims("An article\n\nIn 1988 the Soviet Invasion of Czechoslovakia was remembered in Prague. " +
            "In 1968 Dubček feared Soviet intervention in Czechoslovakia. In 1968 the Soviet Union invaded Czechoslovakia.\n");
        Assert.Equal([ClaimForm.Name, ClaimForm.Mention, ClaimForm.Statement], claims.Select(c => c.Form));
    }

    [Fact]
    public void Aid_to_the_state_whose_invasion_it_backed_names_that_state_as_the_recipient()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1978 the Vietnamese invasion of Cambodia was supported by the Soviet Union.\n"));
        Assert.Equal((EpisodeKind.MilitaryAid, "cambodia", "vietnam"), (claim.Kind, Assert.Single(claim.Targets), Assert.Single(claim.Recipients)));
    }

    [Fact]
    public void A_movement_backed_after_a_colon_is_no_aid_to_a_country_named_before_it()
    {
        var claim = Assert.Single(Claims("An article\n\nWhen Portugal's empire collapsed in 1974, three movements fought for Angola: the MPLA of Agostinho Neto, backed by Moscow; the FNLA, backed by others.\n"));
        Assert.DoesNotContain("portugal", claim.Recipients);
    }

    [Fact]
    public void Training_a_countrys_army_is_military_aid_to_that_country()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1962 Soviet instructors trained the Egyptian army.\n"));
        Assert.Equal((EpisodeKind.MilitaryAid, "egypt"), (claim.Kind, Assert.Single(claim.Targets)));
    }

    [Fact]
    public void Soviet_military_specialists_sent_to_a_country_are_military_aid_to_it()
    {
        var claim = Assert.Single(Claims("An article\n\nIn 1965 some 2,000 Soviet military specialists went to North Vietnam.\n"));
        Assert.Equal((EpisodeKind.MilitaryAid, "north-vietnam"), (claim.Kind, Assert.Single(claim.Targets)));
    }

    [Fact]
    public void Specialists_sent_to_build_a_dam_are_no_military_aid() =>
        Assert.Empty(Claims("An article\n\nIn 1958 Soviet specialists went to Egypt to build the Aswan High Dam.\n"));

    [Fact]
    public void An_undated_aside_between_commas_does_not_end_the_agents_clause() =>
        Assert.Equal(["angola"], Assert.Single(Claims("An article\n\nWhen the Portuguese left in 1975, the Soviet Union, and soon Cuba, sent troops and weapons to Angola.\n")).Targets);

    [Fact]
    public void A_day_with_no_year_takes_the_year_its_own_sentence_writes_before_the_year_of_the_sentence_before()
    {
        var text = "# Notes\n\n| years | place | what |\n|---|---|---|\n| 1946–48 | Ruritania | nothing, peace signed 1948 |\n" +
            "| 1953 | East Germany | Soviet tanks crush the strikes (17 Jun) |\n";
        var claim = Assert.Single(Claims(text, "n.md"));
        Assert.Equal(1953, claim.Year);
    }

    [Fact]
    public void The_sentence_before_in_its_paragraph_dates_an_act_it_leaves_undated()
    {
        var claim = Assert.Single(Claims("An article\n\nOn 2 March 1945 the king fled. The next day Soviet columns entered Bucharest.\n"));
        Assert.True(claim.DatedInSentence);
        Assert.Equal(new PartialDate(1945, 3, 2), claim.Date);
    }

    [Fact]
    public void Notes_abbreviating_Soviet_as_Sov_name_the_Soviet_side()
    {
        var claim = Assert.Single(Claims("Notes\n\n- 25 Dec 1979: Sov. troops cross into Afghanistan\n"));
        Assert.Equal(["afghanistan"], claim.Targets);
        var army = Assert.Single(Claims("Notes\n\n- 25 Dec 1979: Sov. Army crossed into Afghanistan\n"));
        Assert.Equal(["afghanistan"], army.Targets);
    }

    [Fact]
    public void A_month_named_alone_in_the_sentence_before_leaves_an_act_undated()
    {
        var claim = Assert.Single(Claims("An article\n\nIn March 1945 the king fled.\n\nIn April he abdicated. Soviet columns entered Bucharest.\n"),
            c => c.Sentence.StartsWith("Soviet columns", StringComparison.Ordinal));
        Assert.False(claim.DatedInSentence);
    }

    [Fact]
    public void A_sentence_pointing_at_a_time_it_does_not_write_is_dated_by_the_sentence_after_it()
    {
        var text = "An article\n\nIn November 1956 I was in Vienna.\n\nThe Soviet army went into Hungary twice that autumn. " +
            "The first time was in the early hours of 24 October 1956, when the corps moved into the capital.\n";
        var claim = Assert.Single(Claims(text));
        Assert.True(claim.DatedInSentence);
        Assert.Equal(new PartialDate(1956, 10, 24), claim.Date);
    }

    [Fact]
    public void The_sentence_after_dates_no_act_that_points_at_no_time_nor_one_of_another_year()
    {
        var unpointed = "An article\n\nIn 1945 the war ended.\n\nStalin promised to send troops into Manchuria once Germany had surrendered. " +
            "Molotov read the declaration of war on 8 August 1945.\n";
        var otherYear = "An article\n\nIn November 1956 I was in Vienna.\n\nThe Soviet army went into Hungary twice that autumn. " +
            "The treaty of 12 May 1957 came later.\n";
        Assert.All(Claims(unpointed).Concat(Claims(otherYear)), c => Assert.False(c.DatedInSentence));
    }

    [Fact]
    public void Last_night_in_a_record_whose_title_gives_its_day_is_the_day_before()
    {
        var text = "Council meeting, 21 August 1971\n\nMr. Ball: Last night the armed forces of the Soviet Union crossed the frontiers of Portugal.\n";
        var claim = Assert.Single(Claims(text));
        Assert.True(claim.DatedInSentence);
        Assert.Equal(new PartialDate(1971, 8, 20), claim.Date);
    }

    [Fact]
    public void The_year_of_an_agreement_a_sentence_recalls_does_not_date_the_sentences_after_it()
    {
        var text = "An article\n\nThe war began in July 1977. Until the autumn Moscow was bound by its 1974 Treaty of Friendship with Portugal. " +
            "On November 13 Portugal expelled the Soviet advisers.\n";
        var ending = Assert.Single(Claims(text), c => c.Role == ActRole.End);
        Assert.Equal(new PartialDate(1977, 11, 13), ending.Date);
    }

    [Fact]
    public void A_map_feature_its_author_marks_as_soviet_states_an_act_in_the_place_and_period_its_fields_give_of_the_kind_its_name_says()
    {
        var layer = """
            { "type": "FeatureCollection", "features": [
              { "type": "Feature", "properties": { "name": "Occupation of Latvia", "country_then": "Latvia", "soviet": true,
                "start": "1940-06-17", "end": "1941-08-05", "popup_html": "<p>Ultimatum on <b>16 June 1940</b>, troops across the border on 17 June.</p>" },
                "geometry": null } ] }
            """;
        var claim = Assert.Single(Claims(layer, "layer.geojson"));
        Assert.Equal(["latvia"], claim.Targets);
        Assert.Equal((EpisodeKind.Occupation, 1940, 1941), (claim.Kind, claim.Year, claim.LastYear));
        Assert.True(claim.InRow);
    }

    [Fact]
    public void A_map_feature_its_author_marks_as_not_soviet_tells_no_soviet_act_in_its_popup()
    {
        var layer = """
            { "type": "FeatureCollection", "features": [
              { "type": "Feature", "properties": { "name": "Vietnamese invasion of Cambodia", "soviet": false,
                "popup_html": "<h3>Cambodia, 1978</h3><p>In December 1978 Moscow supplied Hanoi with arms for the invasion of Cambodia.</p>" },
                "geometry": null },
              { "type": "Feature", "properties": { "name": "Ogaden", "popup_html": "<h3>Ogaden, 1977</h3><p>In November 1977 Moscow supplied Ethiopia with arms.</p>" },
                "geometry": null } ] }
            """;
        var claim = Assert.Single(Claims(layer, "layer.geojson"));
        Assert.Equal(["ethiopia"], claim.Targets);
    }

    [Fact]
    public void A_year_from_an_earlier_paragraph_does_not_date_an_act_in_its_sentence()
    {
        var claim = Assert.Single(Claims("An article\n\nOn 2 March 1945 the king fled.\n\nLater Soviet columns entered Bucharest.\n"));
        Assert.False(claim.DatedInSentence);
    }

    [Fact]
    public void The_country_forces_come_from_is_no_target()
    {
        var claim = Assert.Single(Claims("An article\n\nIn January 1934 Soviet troops crossed into Xinjiang from Kazakhstan.\n"));
        Assert.Equal(["china"], claim.Targets);
    }

    [Fact]
    public void An_act_the_subject_guards_against_is_not_its_act()
    {
        Assert.Empty(Claims("# Notes\n\n- However, Stalin insisted that his control of Eastern Europe was a defensive measure against possible future attacks.\n"));
        Assert.NotEmpty(Claims("# Notes\n\n- In 1945 Stalin ordered attacks against Japan.\n"));
        Assert.Equal(["hungary"], Assert.Single(Claims("# Notes\n\n- In November 1956 Soviet troops moved against the rebels and invaded Hungary.\n")).Targets);
    }

    [Fact]
    public void A_people_in_a_unit_beside_forces_that_come_from_its_country_is_no_target()
    {
        var claim = Assert.Single(Claims("An article\n\nOn 9 August 1945 Malinovsky's Transbaikal Front crossed the Greater Khingan from Mongolia, with Pliev's Soviet–Mongolian cavalry group on its flank.\n"));
        Assert.DoesNotContain("mongolia", claim.Targets);
    }

    [Theory]
    [InlineData("In November 1956 Soviet troops crossed into Hungary from Romania and Ukraine.")]
    [InlineData("In November 1956 Soviet troops crossed into Hungary from Romania or from Ukraine.")]
    public void Every_country_listed_after_from_is_where_forces_come_from(string sentence) =>
        Assert.Equal(["hungary"], Assert.Single(Claims($"An article\n\n{sentence}\n")).Targets);

    [Theory]
    [InlineData("The Molotov–Ribbentrop Pact, signed on 23 August 1939 in the middle of the offensive, shocked Japan.")]
    [InlineData("The Moscow Conference of 1939 shocked Japan in the middle of the offensive.")]
    public void A_name_that_begins_an_agreements_name_is_no_agent(string sentence)
    {
        Assert.Empty(Claims("An article\n\n" + sentence + "\n"));
    }

    [Fact]
    public void A_year_since_which_a_state_has_lasted_gives_no_year_to_a_day_and_month()
    {
        var text = "# Notes\n\n## Bessarabia (1940)\n\nOn 26 June Molotov sent an ultimatum over Bessarabia, which Moscow had never recognised as Romanian since 1918. " +
            "The Red Army crossed the Dniester on 28 June and occupied Bessarabia.\n";
        var claim = Assert.Single(Claims(text, "n.md"), c => c.Agent == "Red Army");
        Assert.Equal(new PartialDate(1940, 6, 28), claim.Date);
    }

    [Fact]
    public void A_date_followed_by_when_dates_the_act_of_its_clause()
    {
        var claim = Assert.Single(Claims("An article\n\nThe Neutrality Pact, signed on 13 April 1941, kept the peace until August 1945, when Soviet forces attacked Manchukuo.\n"));
        Assert.Equal(["manchukuo"], claim.Targets);
        Assert.Equal(new PartialDate(1945, 8), claim.Date);
    }

    [Fact]
    public void Forces_that_stayed_until_a_date_end_their_stay_then()
    {
        var claims = Claims("An article\n\nIn August 1945 Soviet troops invaded Manchukuo.\n\nSoviet troops stayed until the spring of 1946, after repeated complaints.\n");
        var end = Assert.Single(claims, c => c.Role == ActRole.End);
        Assert.Equal(1946, end.Year);
    }

    [Theory]
    [InlineData("Years later President Truman claimed he had given Stalin an ultimatum over Iran in March 1946.")]
    [InlineData("In March 1946 London handed Moscow an ultimatum over Iran.")]
    public void A_soviet_name_given_an_act_receives_it(string sentence)
    {
        Assert.Empty(Claims("An article\n\n" + sentence + "\n"));
    }

    [Fact]
    public void A_people_after_a_negating_prefix_is_no_target()
    {
        var claims = Claims("An article\n\nIn 1946 the Soviet occupation authorities built up an administration around a former anti-Japanese guerrilla.\n");
        Assert.DoesNotContain(claims, c => c.Targets.Contains("japan"));
    }

    [Fact]
    public void An_item_that_names_no_place_is_about_the_place_of_the_item_above_it()
    {
        var notes = "# Revision\n\n- **Ethiopia 1977–78**\n  - massive airlift to Addis Ababa\n- **Afghanistan 1979–89**\n  - 25 Dec 1979: the 40th Army crosses\n  - withdrawal done 15 Feb 1989 (Gen. Gromov last over the bridge)\n";
        var end = Assert.Single(Claims(notes, "n.md"), c => c.Role == ActRole.End);
        Assert.Equal(["afghanistan"], end.Targets);
    }

    [Fact]
    public void A_soviet_ally_is_no_soviet_agent()
    {
        Assert.Empty(Claims("An article\n\nIn July 1977 Somalia (Siad Barre, Soviet ally!!) invaded Ethiopia.\n"));
    }

    [Fact]
    public void An_item_under_a_heading_that_names_a_country_keeps_the_headings_place()
    {
        var notes = "# Notes\n\n## Czechoslovakia\n\n- Reaction in Romania\n  - On 21 August 1968 Soviet troops occupied the country.\n";
        var claim = Assert.Single(Claims(notes, "n.md"));
        Assert.Equal(["czechoslovakia"], claim.Targets);
    }

    [Fact]
    public void A_headline_in_capitals_that_names_a_treaty_keeps_its_agent()
    {
        var claim = Assert.Single(Claims("An article\n\nIn December 1979 Soviet Troops Invoke Treaty, invade Afghanistan.\n"));
        Assert.Equal(["afghanistan"], claim.Targets);
    }

    [Theory]
    [InlineData("around 12 January", "1934-01-12")]
    [InlineData("in February", "1934-02")]
    [InlineData("on 12 November", "1933-11-12")]
    public void A_yearless_date_told_after_a_story_reached_december_falls_early_in_the_next_year_not_almost_a_year_back(string when, string date)
    {
        var claims = Claims($"In the autumn of 1933 Sheng asked the consulate for troops when Ma laid siege to Urumqi in December.\n\nSoviet troops crossed the border into Xinjiang {when}.\n");

        Assert.Equal(date, Assert.Single(claims, c => c.Act == "crossed the border").Date!.Value.ToIso());
    }

    [Fact]
    public void An_ending_under_another_list_item_ends_no_story_told_under_the_item_before()
    {
        var claims = Claims("# Notes\n\n* PORTUGAL 17 Sept 1939\n  - the Red Army crosses the border into Portugal\n\n* THE BORDER WAR 1939-40\n" +
            "  - Moscow agrees a ceasefire, 13 Mar '40\n", "notes.md");

        Assert.DoesNotContain(claims, c => c.Role == ActRole.End && c.Targets.Contains("portugal"));
    }

    [Fact]
    public void An_ending_under_the_claims_own_item_ends_its_story()
    {
        var claims = Claims("# Notes\n\n* PORTUGAL 1939-40\n  - the Red Army crosses the border into Portugal, 17 Sept 1939\n" +
            "  - withdrawal complete 13 Mar 1940\n", "notes.md");

        Assert.Contains(claims, c => c.Role == ActRole.End && c.Targets.Contains("portugal"));
    }

    [Fact]
    public void An_ending_under_an_item_of_its_year_ends_the_story_of_the_item_before()
    {
        var claims = Claims("# Notes\n\n* 1979\n  - 27 Dec: Soviet troops invade Portugal\n* 1989\n  - 15 Feb: the last Soviet troops leave\n", "notes.md");

        Assert.Contains(claims, c => c.Role == ActRole.End && c.Targets.Contains("portugal"));
    }

    [Theory]
    [InlineData("Back in February, Soviet troops had occupied the radio station in Hungary.")]
    [InlineData("Soviet advisers arrived in Hungary on 14 February.")]
    public void A_yearless_date_after_a_flashback_word_or_in_a_list_told_latest_first_stays_in_the_storys_year(string sentence)
    {
        var text = sentence.StartsWith("Back", StringComparison.Ordinal)
            ? $"On 4 November 1956 Soviet troops entered Budapest. By December the resistance in Hungary was over.\n\n{sentence}\n"
            : $"- 27 Dec 1956: Soviet troops entered Budapest.\n- 12 Dec: Soviet troops entered Gyor.\n- {sentence}\n";

        Assert.All(Claims(text), c => Assert.Equal(1956, c.Year));
    }
}
