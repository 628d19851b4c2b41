using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

public class EpisodeActorRolesTests
{
    private static readonly Lazy<EpisodeRules> Rules = new(() => EpisodeRules.Load(RealData.Directory));

    private static List<EpisodeActorChoice<int>> Choose(int firstYear, int lastYear, string[] targets, params string[] passages) =>
        ChooseAided(firstYear, lastYear, targets, [], passages);

    private static List<EpisodeActorChoice<int>> ChooseAided(int firstYear, int lastYear, string[] targets, string[] aided, params string[] passages) =>
        ChooseWith(new ActorFinder(RealData.Gazetteer), firstYear, lastYear, targets, aided, passages);

    /// <summary>With the people and bodies the passages name learned first, as an import does.</summary>
    private static List<EpisodeActorChoice<int>> ChooseLearned(int firstYear, int lastYear, string[] targets, params string[] passages)
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn(passages);
        return ChooseWith(finder, firstYear, lastYear, targets, [], passages);
    }

    private static List<EpisodeActorChoice<int>> ChooseWith(ActorFinder finder, int firstYear, int lastYear, string[] targets, string[] aided, string[] passages)
    {
        var dates = new DateFinder();
        var input = passages.Select((text, i) => (i, text, dates.Find(text), finder.Find(text)));
        return new EpisodeActorRoles(RealData.Gazetteer, Rules.Value.Claims.NamesSovietActor, Rules.Value.StatesAnAct).For(input, firstYear, lastYear, targets, aided);
    }

    [Fact]
    public void A_title_in_a_later_passage_stands_for_the_one_person_the_episode_named_with_it()
    {
        var actors = Choose(1944, 1947, ["romania"], "King Michael reigned in Bucharest as a figurehead.", "In 1947 Moscow's allies forced the King to abdicate.");

        Assert.Equal(("michael-i-of-romania", "leader deposed"), (Assert.Single(actors).Mention.ActorSlug, Assert.Single(actors).Role));
    }

    [Fact]
    public void What_a_pronoun_says_of_the_group_named_before_it_gives_the_group_its_role()
    {
        var actors = Choose(1948, 1948, ["czechoslovakia"], "The Communist Party of Czechoslovakia prepared a coup. The Soviet Union promised to support them.");

        Assert.Equal("supported", Assert.Single(actors).Role);
    }

    [Fact]
    public void The_head_of_a_government_the_soviet_side_aided_is_supported_not_deposed_by_anothers_plan()
    {
        const string plan = "One option was a full invasion of the island and overthrow of Castro.";

        Assert.Equal("supported", Assert.Single(ChooseAided(1962, 1962, ["cuba"], ["cuba"], plan)).Role);
        Assert.Equal("leader deposed", Assert.Single(Choose(1962, 1962, ["cuba"], "One Soviet option was a full invasion of the island and overthrow of Castro.")).Role);
    }

    [Fact]
    public void A_force_of_a_state_whose_commander_fights_the_soviet_side_is_opposed_though_named_without_it()
    {
        var actors = ChooseLearned(1945, 1945, ["germany"],
            "In April 1945 the Red Army fought the Wehrmacht on the Oder.",
            "Gaps were left in the lines, and the remnants of the German 2nd Army managed to escape across the river.");

        Assert.Equal("opposed", Assert.Single(actors, a => a.Mention.ActorSlug == "wehrmacht").Role);
        Assert.Equal("opposed", Assert.Single(actors, a => a.Mention.Name == "German 2nd Army").Role);
    }

    [Fact]
    public void A_force_of_a_state_whose_leader_was_deposed_is_not_thereby_opposed()
    {
        var actors = ChooseLearned(1968, 1968, ["czechoslovakia"],
            "Soviet troops deposed Alexander Dubček in 1968.",
            "The Czechoslovak People's Army stayed in its barracks.");

        Assert.Equal("leader deposed", Assert.Single(actors, a => a.Mention.ActorSlug == "alexander-dubcek").Role);
        Assert.Equal("involved", Assert.Single(actors, a => a.Mention.Name == "Czechoslovak People's Army").Role);
    }

    [Fact]
    public void An_allied_army_beside_a_government_the_soviet_side_aided_is_not_its_opponent()
    {
        var actors = ChooseAided(1975, 1991, ["angola"], ["angola"], "The Cuban Revolutionary Armed Forces landed in Luanda in November 1975.");

        Assert.Equal("involved", Assert.Single(actors, a => a.Mention.ActorSlug == "cuban-revolutionary-armed-forces").Role);
    }

    [Fact]
    public void Support_counts_only_where_the_sentence_names_the_soviet_side()
    {
        Assert.Equal("involved", Assert.Single(Choose(1968, 1968, ["czechoslovakia"], "The reformers in the party supported Alexander Dubček.")).Role);
        Assert.Equal("supported", Assert.Single(Choose(1975, 1975, ["angola"], "The Soviet Union supported Agostinho Neto.")).Role);
    }

    [Fact]
    public void People_and_bodies_curated_as_against_the_soviet_side_lead_and_command_its_opponents()
    {
        var actors = ChooseAided(1936, 1939, ["spain"], ["spain"],
            "The rebels came to be led by Francisco Franco.", "One of the commanders, Baron Ungern, left with his men.", "The Basmachi raided the border.");

        Assert.Equal([("basmachi", "opposed"), ("francisco-franco", "opposing leader"), ("roman-von-ungern-sternberg", "opposing commander")],
            actors.Select(a => (a.Mention.ActorSlug, a.Role)));
    }

    [Fact]
    public void A_commander_of_an_aided_government_is_named_with_his_side_not_as_an_opponent()
    {
        var actors = ChooseAided(1939, 1940, ["finland"], ["finland"], "The Finnish Field Marshal Mannerheim held the line.");

        Assert.Equal("Finnish commander", Assert.Single(actors).Role);
    }

    [Fact]
    public void A_fight_of_the_state_the_soviet_side_aided_is_on_the_soviet_side_and_anothers_is_not()
    {
        const string war = "After the invasion, Vietnam fought a long guerrilla war against the Khmer Rouge.";

        Assert.Equal("opposed", Assert.Single(ChooseAided(1978, 1979, ["cambodia"], ["vietnam"], war)).Role);
        Assert.Equal("involved", Assert.Single(ChooseAided(1978, 1979, ["cambodia"], [], war)).Role);
        // A place names where a revolt was, not a state that fought.
        Assert.Equal("involved", Assert.Single(ChooseAided(1937, 1937, ["china"], ["china"], "A revolt spread across Xinjiang against the Kuomintang.")).Role);
    }

    [Fact]
    public void A_commander_of_a_third_state_is_named_with_his_side()
    {
        var actors = ChooseAided(1962, 1962, ["cuba"], ["cuba"], "In 1962 the American general Curtis LeMay, commander of the air force, urged air strikes.");

        Assert.Equal("American commander", Assert.Single(actors).Role);
    }

    [Fact]
    public void A_sentence_that_opens_with_a_date_long_after_the_episode_is_background_whatever_years_it_names_later()
    {
        var actors = Choose(1962, 1962, ["cuba"], "In 1990, Fidel Castro said that the missiles of 1962 had been a reply to those of 1961.");

        Assert.True(Assert.Single(actors).AlsoMentioned);
    }

    [Fact]
    public void The_revolutions_premier_is_executed_not_installed_and_the_new_leader_is_installed()
    {
        var actors = Choose(1956, 1956, ["hungary"],
            "After Rákosi was replaced by Imre Nagy, students drew up demands.",
            "Soviet tanks entered Budapest and the Soviet-installed János Kádár government took over.",
            "Imre Nagy was executed after a secret trial in 1958.");

        Assert.Equal("executed", Assert.Single(actors, a => a.Mention.ActorSlug == "imre-nagy").Role);
        Assert.Equal("leader installed", Assert.Single(actors, a => a.Mention.ActorSlug == "janos-kadar").Role);
    }

    [Fact]
    public void People_named_only_in_background_are_also_mentioned_with_the_passage_that_names_them()
    {
        var actors = Choose(1968, 1968, ["czechoslovakia"],
            "Leonid Brezhnev ordered the invasion.",
            "In 2007 Vladimir Putin spoke of moral responsibility, and in 1987 Mikhail Gorbachev praised the reforms.");

        Assert.Equal([("leonid-brezhnev", false), ("mikhail-gorbachev", true), ("vladimir-putin", true)],
            actors.Select(a => (a.Mention.ActorSlug, a.AlsoMentioned)));
        Assert.Equal(1, actors[1].Passage);
    }

    [Fact]
    public void A_commander_of_the_target_country_is_an_opposing_commander()
    {
        var actors = Choose(1939, 1940, ["finland"], "The Finnish Field Marshal Mannerheim held the line.");

        Assert.Equal("opposing commander", Assert.Single(actors).Role);
    }

    [Fact]
    public void A_soviet_commander_stationed_in_the_target_country_is_not_its_commander()
    {
        var actors = Choose(1956, 1956, ["hungary"],
            "In the early hours of 24 October, Soviet troops of the Special Corps under General Pyotr Lashchenko, already stationed in Hungary, entered Budapest.");

        Assert.Equal(ActorRoles.SovietCommander, actors.Single(a => a.Mention.ActorSlug == "pyotr-lashchenko").Role);
    }

    [Fact]
    public void Where_the_soviet_side_aided_a_government_a_third_states_people_are_its_opponents()
    {
        var actors = ChooseAided(1962, 1962, ["cuba"], ["cuba"], "Dean Rusk told the ambassador that the ships would be stopped at sea.",
            "Kennedy went on television that evening.", "The American general Curtis LeMay, commander of the air force, urged air strikes.");

        Assert.Equal([("curtis-lemay", "American commander"), ("dean-rusk", "opposed"), ("john-f-kennedy", "opposing leader")],
            actors.Select(a => (a.Mention.ActorSlug, a.Role)));
    }

    [Fact]
    public void A_new_government_the_text_does_not_say_the_soviet_side_installed_is_no_leader_installed()
    {
        var actors = Choose(1956, 1956, ["hungary"], "The new government of Imre Nagy disbanded the secret police.");

        Assert.NotEqual("leader installed", Assert.Single(actors, a => a.Mention.ActorSlug == "imre-nagy").Role);
    }

    [Theory]
    [InlineData("On 22 March 1956, Mátyás Rákosi resigned his post and was replaced by János Kádár.", "involved", "involved")]
    [InlineData("Soviet pressure grew through the spring. On 22 March 1956, Mátyás Rákosi resigned his post and was replaced by János Kádár.",
        "leader deposed", "leader installed")]
    public void A_change_of_leader_is_the_soviet_sides_deposing_and_installing_only_where_its_passage_names_the_soviet_side(string passage, string rakosi, string kadar)
    {
        var actors = Choose(1956, 1956, ["hungary"], passage);

        Assert.Equal((rakosi, kadar), (actors.Single(a => a.Mention.ActorSlug == "matyas-rakosi").Role, actors.Single(a => a.Mention.ActorSlug == "janos-kadar").Role));
    }

    [Fact]
    public void A_third_states_leader_named_beside_the_soviet_side_in_no_act_is_background()
    {
        var actors = Choose(1939, 1940, ["finland"], "Hitler watched with glee as the Finns humiliated the Soviets.");

        Assert.True(Assert.Single(actors, a => a.Mention.ActorSlug == "adolf-hitler").AlsoMentioned);
    }

    [Fact]
    public void A_third_states_leader_whose_sentence_names_the_soviet_side_only_as_what_was_attacked_is_background()
    {
        var apart = Choose(1939, 1940, ["finland"], "On 18 December 1940, Hitler approved the plan for the German invasion of the Soviet Union, in which he expected Finland to take part.");
        var part = Choose(1939, 1940, ["finland"], "In December 1939 Hitler let the Soviet invasion of Finland go ahead.");

        Assert.True(Assert.Single(apart, a => a.Mention.ActorSlug == "adolf-hitler").AlsoMentioned);
        Assert.False(Assert.Single(part, a => a.Mention.ActorSlug == "adolf-hitler").AlsoMentioned);
    }

    [Theory]
    [InlineData("On 30 November 1939 the Red Air Force bombed Helsinki.", "soviet-air-forces")]
    [InlineData("In 1942 the Red Banner Baltic Fleet sent its submarines out against Finland.", "baltic-fleet")]
    public void The_soviet_air_force_and_fleets_are_soviet_forces_by_any_of_their_names(string passage, string slug)
    {
        Assert.Equal("Soviet force", Assert.Single(Choose(1939, 1944, ["finland"], passage), a => a.Mention.ActorSlug == slug).Role);
    }

    [Fact]
    public void People_named_only_as_examples_of_a_kind_of_people_are_background()
    {
        var examples = ChooseLearned(1968, 1968, ["czechoslovakia"], "Students could question writers such as Pavel Kohout and Ivan Klíma.");
        var acting = ChooseLearned(1968, 1968, ["czechoslovakia"], "Pavel Kohout and Ivan Klíma read the protest on the radio.");

        Assert.Equal(2, examples.Count(a => a.AlsoMentioned));
        Assert.Equal(2, acting.Count(a => !a.AlsoMentioned));
    }

    [Fact]
    public void A_sentence_dated_by_a_death_well_before_the_episode_is_background()
    {
        var before = Choose(1956, 1956, ["hungary"], "After Mátyás Rákosi was replaced by Imre Nagy following Stalin's death, the protests grew.");
        var during = Choose(1953, 1953, ["east-germany"], "Following Stalin's death, Walter Ulbricht pressed on with the new norms.");

        Assert.True(Assert.Single(before, a => a.Mention.ActorSlug == "matyas-rakosi").AlsoMentioned);
        Assert.False(Assert.Single(during, a => a.Mention.ActorSlug == "walter-ulbricht").AlsoMentioned);
    }

    [Fact]
    public void A_third_states_diplomacy_told_without_the_soviet_side_is_background()
    {
        var apart = Choose(1940, 1940, ["romania"], "On 30 August Ribbentrop and Ciano handed northern Transylvania to Hungary.");
        var part = Choose(1940, 1940, ["romania"], "Ribbentrop told Molotov that Germany would not oppose the occupation of Bessarabia.");

        Assert.All(apart, a => Assert.True(a.AlsoMentioned));
        Assert.Equal(2, apart.Count);
        Assert.False(Assert.Single(part, a => a.Mention.ActorSlug == "joachim-von-ribbentrop").AlsoMentioned);
    }

    [Fact]
    public void A_leader_named_with_an_office_he_held_only_decades_later_is_background()
    {
        var later = Choose(1944, 1947, ["romania"], "Nicolae Ceaușescu, General Secretary of the party, spoke out in Bucharest for Dubček against the Soviet invasion.");
        var then = Choose(1979, 1979, ["afghanistan"], "Leonid Brezhnev, General Secretary of the party, approved the plan.");

        Assert.Equal(2, later.Count);
        Assert.All(later, a => Assert.True(a.AlsoMentioned));
        Assert.False(Assert.Single(then).AlsoMentioned);
    }

    [Fact]
    public void The_soviet_sides_own_with_nothing_more_said_are_shown_as_its_leader_official_force_or_body()
    {
        var actors = Choose(1950, 1952, ["korea"], "Stalin kept a close eye on the war.", "Molotov read a note to the envoys.",
            "A few spetsnaz teams were seen near the river.", "The Soviet Politburo met twice that week.");

        Assert.Equal([("joseph-stalin", "Soviet leader"), ("politburo", "Soviet body"), ("spetsnaz", "Soviet force"), ("vyacheslav-molotov", "Soviet official")],
            actors.Select(a => (a.Mention.ActorSlug, a.Role)));
    }

    [Fact]
    public void A_soviet_head_named_outside_his_years_is_an_official_and_a_body_is_soviet_where_the_text_says_so()
    {
        var actors = Choose(1970, 1971, ["egypt"], "Molotov, long out of office, wrote letters.");
        var named = Choose(1930, 1931, ["china"], "Money came through the Soviet Comintern.");
        var unnamed = Choose(1930, 1931, ["china"], "Money came through the Comintern.");

        Assert.Equal("Soviet official", Assert.Single(actors).Role);
        Assert.Equal("Soviet body", Assert.Single(named).Role);
        Assert.Equal("involved", Assert.Single(unnamed).Role);
    }

    [Fact]
    public void A_name_that_is_only_background_does_not_make_a_sentence_about_the_soviet_side()
    {
        var actors = Choose(1956, 1956, ["hungary"], "Once Stalin's rule was over, the Polish reformer Władysław Gomułka was allowed some reforms at home.");

        Assert.True(Assert.Single(actors, a => a.Mention.ActorSlug == "wladyslaw-gomulka").AlsoMentioned);
    }

    [Fact]
    public void An_organization_gone_before_the_episode_is_only_also_mentioned()
    {
        var actors = Choose(1945, 1949, ["china"], "The two parties had once formed the Second United Front against Japan.");

        Assert.True(Assert.Single(actors).AlsoMentioned);
    }

    [Fact]
    public void The_head_of_an_aided_government_named_with_nothing_more_is_supported()
    {
        Assert.Equal("supported", Assert.Single(ChooseAided(1962, 1962, ["cuba"], ["cuba"], "Castro gave a long speech that night.")).Role);
        Assert.Equal("involved", Assert.Single(Choose(1962, 1962, ["cuba"], "Castro gave a long speech that night.")).Role);
    }

    [Fact]
    public void A_targets_army_named_beside_the_soviet_side_is_opposed_and_named_alone_is_involved()
    {
        Assert.Equal("opposed", Assert.Single(ChooseLearned(1939, 1940, ["finland"], "Facing Red Army tanks, the Finnish Army dug in."),
            a => a.Mention.ActorSlug != "red-army").Role);
        Assert.Equal("involved", Assert.Single(ChooseLearned(1939, 1940, ["finland"], "The Finnish Army stayed in its barracks.")).Role);
        Assert.Equal("Finnish commander", Assert.Single(ChooseAided(1939, 1940, ["finland"], ["finland"], "The Finnish Field Marshal Mannerheim held the line.")).Role);
    }

    [Fact]
    public void A_soviet_official_is_named_by_his_office()
    {
        const string text = "The Soviet ambassador Ivan Petrovsky met the attorney general.";
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn([text]);

        Assert.Equal("Soviet official", Assert.Single(finder.Find(text)).Role);
    }

    [Fact]
    public void The_forces_of_every_state_the_sources_say_fought_the_soviet_side_are_its_opponents_wherever_named()
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        string[] passages = ["The German 163rd Infantry Division crossed the border."];
        finder.Learn(passages);
        var dates = new DateFinder();
        var input = passages.Select((text, i) => (i, text, dates.Find(text), finder.Find(text)));
        var roles = new EpisodeActorRoles(RealData.Gazetteer, Rules.Value.Claims.NamesSovietActor, Rules.Value.StatesAnAct);

        Assert.Equal("opposed", Assert.Single(roles.For(input, 1941, 1944, ["finland"], [], fought: ["finland", "germany"])).Role);
        Assert.Equal("involved", Assert.Single(roles.For(input, 1941, 1944, ["finland"], [])).Role);
    }

    [Fact]
    public void In_a_war_against_the_soviet_side_a_unit_named_without_its_state_is_listed_apart_and_one_named_with_it_is_not()
    {
        string[] passages = ["By 16 July, the VI Corps had reached the northern shore of Lake Ladoga.", "In the north the 1st Polish Army reached the shore of Lake Ladoga."];
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn(passages);
        var dates = new DateFinder();
        var input = passages.Select((text, i) => (i, text, dates.Find(text), finder.Find(text))).ToList();
        var roles = new EpisodeActorRoles(RealData.Gazetteer, Rules.Value.Claims.NamesSovietActor, Rules.Value.StatesAnAct);

        var inWar = roles.For(input, 1941, 1944, ["finland"], [], fought: ["finland"]);
        Assert.True(Assert.Single(inWar, a => a.Mention.Name.Contains("VI Corps", StringComparison.Ordinal)).AlsoMentioned);
        Assert.False(Assert.Single(inWar, a => a.Mention.Name.Contains("Polish", StringComparison.Ordinal)).AlsoMentioned);
        Assert.False(Assert.Single(roles.For(input, 1941, 1944, ["finland"], []), a => a.Mention.Name.Contains("VI Corps", StringComparison.Ordinal)).AlsoMentioned);
    }
}
