using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Import.Mentions.Dates;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

public class EpisodeActorRolesTests
{
    private static List<EpisodeActorChoice<int>> Choose(int firstYear, int lastYear, string[] targets, params string[] passages)
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        var dates = new DateFinder();
        var input = passages.Select((text, i) => (i, text, dates.Find(text), finder.Find(text)));
        return new EpisodeActorRoles(RealData.Gazetteer).For(input, firstYear, lastYear, targets);
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
}
