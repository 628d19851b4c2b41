using SovietInterventions.Core.Import.Mentions.Actors;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

/// <summary>Who does what to whom: a role is the Soviet side's only where the sentence does not give it to another state.</summary>
public class RoleDirectionTests
{
    private static string RoleOf(string slug, string text) =>
        new ActorFinder(RealData.Gazetteer).Find(text).Where(m => m.ActorSlug == slug).Select(m => m.Role).Where(r => r != "involved").FirstOrDefault() ?? "involved";

    [Fact]
    public void A_leader_overthrown_by_other_states_is_not_deposed_by_the_soviet_side()
    {
        Assert.Equal("involved", RoleOf("patrice-lumumba", "In 1960 Belgium and the United States quietly helped to overthrow Patrice Lumumba."));
        Assert.Equal("leader deposed", RoleOf("patrice-lumumba", "Years later Moscow claimed it had tried to overthrow Patrice Lumumba."));
        // His own state named before him deposes no one.
        Assert.Equal("leader deposed", RoleOf("reza-shah", "Though Iran stayed neutral, the Allies occupied it and deposed Reza Shah."));
    }

    [Fact]
    public void Support_from_the_soviet_side_after_a_bracketed_name_and_a_relative_clause_is_support()
    {
        const string text = "ZAPU (Zimbabwe African People's Union), which recruited in the towns, got support from the USSR. "
            + "ZANU (Zimbabwe African National Union), based in the villages, got support from China.";

        Assert.Equal("supported", RoleOf("zapu", text));
        Assert.Equal("involved", RoleOf("zanu", text));
    }

    [Fact]
    public void What_is_said_after_an_apposition_naming_another_actor_is_said_of_the_first()
    {
        Assert.Equal("supported", RoleOf("zipra", "ZIPRA, the armed wing of ZAPU, took advice from its Soviet instructors."));
    }

    [Fact]
    public void A_person_in_brackets_after_an_army_commands_it()
    {
        var mentions = new ActorFinder(RealData.Gazetteer).Find("Two fronts crossed the border, the Ukrainian Front (Semyon Timoshenko) in the south.");

        var timoshenko = Assert.Single(mentions, m => m.ActorSlug == "semyon-timoshenko");
        Assert.Equal("Soviet commander", timoshenko.Role);
    }

    [Fact]
    public void A_country_after_a_preposition_of_place_is_not_the_commanders_side()
    {
        var mentions = new ActorFinder(RealData.Gazetteer).Find("On the Soviet side, in Germany Marshal Vasily Sokolovsky ran the military administration.");

        Assert.Equal("Soviet commander", Assert.Single(mentions).Role);
    }

    [Fact]
    public void Keeping_a_ruler_in_power_is_support()
    {
        Assert.Equal("supported", RoleOf("bogd-khan", "The Soviets kept Bogd Khan in power for three more years."));
    }

    [Fact]
    public void A_force_that_halts_or_defeats_the_soviet_side_opposes_it()
    {
        Assert.Equal("opposed", RoleOf("national-revolutionary-army", "Word came that the National Revolutionary Army had defeated and scattered the Soviets."));
        Assert.Equal("opposed", RoleOf("kuomintang", "For a month the Kuomintang managed to halt the Soviet columns."));
        Assert.Equal("involved", RoleOf("kuomintang", "For a month the Kuomintang managed to halt the Japanese columns."));
    }

    [Fact]
    public void A_party_that_takes_power_came_to_power()
    {
        Assert.Equal("came to power", RoleOf("fatherland-front", "After the coup the Fatherland Front took power in Sofia."));
    }

    [Fact]
    public void Equipment_sent_by_the_soviet_side_supports_its_receiver()
    {
        Assert.Equal("supported", RoleOf("kampuchean-peoples-revolutionary-armed-forces",
            "With Soviet money, Moscow shipped military equipment to the Kampuchea People's Revolutionary Armed Forces."));
    }

    [Fact]
    public void A_dictatorship_named_after_a_person_is_his_leadership()
    {
        Assert.Equal("leader", RoleOf("kim-il-sung", "The West feared a Kim Il Sung dictatorship over the whole peninsula."));
    }
}

