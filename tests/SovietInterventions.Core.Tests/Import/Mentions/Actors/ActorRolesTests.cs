using SovietInterventions.Core.Import.Mentions.Actors;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

public class ActorRolesTests
{
    private static ActorMention Named(string text, string slug) =>
        Assert.Single(new ActorFinder(RealData.Gazetteer).Find(text), m => m.ActorSlug == slug);

    [Theory]
    [InlineData("Hitler meant to crush his former ally Stalin within months.", "joseph-stalin")]
    [InlineData("The strikers fought the Red Army in the streets.", "red-army")]
    public void The_soviet_sides_own_people_and_bodies_never_take_a_role_against_it(string text, string slug)
    {
        Assert.Equal("involved", Named(text, slug).Role);
    }

    [Fact]
    public void A_body_found_in_the_text_whose_name_opens_with_soviet_is_on_the_soviet_side()
    {
        const string text = "The Finnish divisions fought the Soviet 23rd Army near the lake.";
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn([text]);

        Assert.Equal("involved", Assert.Single(finder.Find(text), m => m.Name.Contains("23rd", StringComparison.Ordinal)).Role);
    }

    [Fact]
    public void Others_named_as_fought_are_still_opposed()
    {
        Assert.Equal("opposed", Named("The strikers fought the Wehrmacht in the streets.", "wehrmacht").Role);
    }

    [Fact]
    public void Who_was_replaced_by_whom_gives_each_side_its_role()
    {
        var mentions = new ActorFinder(RealData.Gazetteer).Find("In the spring Dubček was replaced by Gustáv Husák.");

        Assert.Equal([("alexander-dubcek", "replaced"), ("gustav-husak", "leader installed")], mentions.Select(m => (m.ActorSlug, m.Role)));
    }

    [Fact]
    public void A_commander_introduced_with_a_country_leads_that_countrys_forces()
    {
        var finnish = Named("the Finnish Field Marshal Mannerheim held the line", "carl-gustaf-emil-mannerheim");
        var soviet = Named("Marshal of the Soviet Union Semyon Timoshenko took over", "semyon-timoshenko");

        Assert.Equal(("commander", "finland"), (finnish.Role, finnish.Side));
        Assert.Equal(("Soviet commander", "soviet-union"), (soviet.Role, soviet.Side));
    }

    [Fact]
    public void A_commander_of_a_target_country_is_an_opposing_commander_in_that_episode()
    {
        var finnish = Named("the Finnish Field Marshal Mannerheim held the line", "carl-gustaf-emil-mannerheim");

        Assert.Equal("opposing commander", ActorRoles.InEpisode(finnish, ["finland"]));
        Assert.Equal("commander", ActorRoles.InEpisode(finnish, ["estonia"]));
    }

    [Fact]
    public void A_commander_with_no_country_named_takes_the_side_of_the_state_the_data_says_he_served_and_else_none()
    {
        var soviet = Named("General Konev crossed the river", "ivan-konev");
        var unknown = Named("General Ma Zhongying crossed the river", "ma-zhongying");

        Assert.Equal(("Soviet commander", "soviet-union"), (soviet.Role, soviet.Side));
        Assert.Equal(("commander", null), (unknown.Role, unknown.Side));
    }

    [Fact]
    public void A_head_of_state_named_as_commanding_is_a_leader_not_a_commander()
    {
        var head = Named("The army moved south under the command of Leonid Brezhnev.", "leonid-brezhnev");

        Assert.Equal(("Soviet leader", "soviet-union"), (head.Role, head.Side));
    }

    [Fact]
    public void A_head_of_a_target_state_when_the_episode_began_who_is_said_to_lead_is_the_opposing_leader()
    {
        var smith = Named("The settlers kept power, led by Ian Smith.", "ian-smith");
        var head = RealData.Gazetteer.Actor("ian-smith")!.HeadYears;

        Assert.Equal("opposing leader", ActorRoles.InEpisode(smith, ["rhodesia"], head, 1965));
        Assert.Equal("leader", ActorRoles.InEpisode(smith, ["rhodesia"], head, 1985));
        Assert.Equal("leader", ActorRoles.InEpisode(smith, ["zambia"], head, 1965));
    }

    [Fact]
    public void Support_is_not_the_soviet_sides_where_its_clause_names_another_giver()
    {
        var soviet = Named("The Soviet Union sent 1,000 soldiers to support Amanullah Khan.", "amanullah-khan");
        var american = Named("The rising failed, among other things because of support for Mobutu by the United States.", "mobutu-sese-seko");
        var chinese = Named("Chiang Kai-shek sent an army to assist Ma Zhongying.", "ma-zhongying");

        Assert.Equal("supported", soviet.Role);
        Assert.Equal("involved", american.Role);
        Assert.Equal("involved", chinese.Role);
    }

    [Fact]
    public void Names_in_one_list_share_what_the_sentence_says_of_the_list()
    {
        var mentions = new ActorFinder(RealData.Gazetteer).Find("The rebel Andreu Nin, reporter Mark Rein, scholar José Robles, and others were murdered.");
        var apart = new ActorFinder(RealData.Gazetteer).Find("The envoys spoke against Sheng Shicai, but when Chiang Kai-shek heard of it he stayed home.");

        Assert.Equal(["assassination target"], mentions.Select(m => m.Role).Distinct());
        Assert.Equal(3, mentions.Count);
        Assert.Equal("involved", Assert.Single(apart, m => m.ActorSlug == "chiang-kai-shek").Role);
    }

    [Fact]
    public void The_strongest_role_follows_the_order_of_the_rules_and_involved_only_when_nothing_else()
    {
        var rules = RealData.Gazetteer.RoleRules;

        Assert.Equal("executed", ActorRoles.Strongest(["leader installed", "involved", "executed"], rules));
        Assert.Equal("Soviet commander", ActorRoles.Strongest(["leader", "Soviet commander"], rules));
        Assert.Equal("opposing leader", ActorRoles.Strongest(["leader", "opposing leader", "involved"], rules));
        Assert.Equal("involved", ActorRoles.Strongest(["involved", "involved"], rules));
    }

    [Fact]
    public void Soviet_support_outranks_a_fall_that_others_brought_about()
    {
        Assert.Equal("supported", ActorRoles.Strongest(["leader deposed", "supported"], RealData.Gazetteer.RoleRules));
    }

    [Fact]
    public void A_him_later_in_the_sentence_stands_for_the_person_just_named_but_not_past_the_full_stop()
    {
        var deposed = Named("The Allies thought Reza Shah too friendly to Berlin, deposed him and sent him abroad.", "reza-shah");
        var later = Named("Reza Shah ruled for years. In the end the Allies deposed him.", "reza-shah");

        Assert.Equal("leader deposed", deposed.Role);
        Assert.Equal("involved", later.Role);
    }

    [Fact]
    public void A_person_made_to_think_something_is_only_mentioned()
    {
        Assert.Equal("mentioned", Named("The army's failures encouraged Adolf Hitler to think that an attack would succeed.", "adolf-hitler").Role);
    }

    [Fact]
    public void Being_the_soviet_sides_own_says_no_more_than_involved_and_a_stated_role_does()
    {
        Assert.All(["involved", "Soviet force", "Soviet body", "Soviet official"], role => Assert.True(ActorRoles.SaysOnlyTheSide(role)));
        Assert.All(["Soviet leader", "Soviet commander", "supported", "opposed"], role => Assert.False(ActorRoles.SaysOnlyTheSide(role)));
    }
}

