using SovietInterventions.Core.Import.Extraction;
using SovietInterventions.Core.Import.Extraction.Actors;

namespace SovietInterventions.Core.Tests.Import.Extraction.Actors;

public class ActorRolesTests
{
    private static ActorMention Named(string text, string slug) =>
        Assert.Single(new ActorFinder(RealData.Gazetteer).Find(text), m => m.ActorSlug == slug);

    [Fact]
    public void Who_was_replaced_by_whom_gives_each_side_its_role()
    {
        var mentions = new ActorFinder(RealData.Gazetteer).Find("In the spring Dubček was replaced by Gustáv Husák.");

        Assert.Equal([("alexander-dubcek", "leader deposed"), ("gustav-husak", "leader installed")], mentions.Select(m => (m.ActorSlug, m.Role)));
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
    public void A_commander_with_no_country_named_has_no_side()
    {
        var general = Named("General Konev crossed the river", "ivan-konev");

        Assert.Equal(("commander", null), (general.Role, general.Side));
    }

    [Fact]
    public void The_strongest_role_follows_the_order_of_the_rules_and_involved_only_when_nothing_else()
    {
        var rules = RealData.Gazetteer.RoleRules;

        Assert.Equal("executed", ActorRoles.Strongest(["leader installed", "involved", "executed"], rules));
        Assert.Equal("Soviet commander", ActorRoles.Strongest(["supported", "Soviet commander"], rules));
        Assert.Equal("involved", ActorRoles.Strongest(["involved", "involved"], rules));
    }
}
