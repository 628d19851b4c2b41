using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;
using SovietInterventions.Core.Tests.Import.Episodes;

namespace SovietInterventions.Core.Tests.Import.Claims;

public sealed class EpisodeKindsTests
{
    private static readonly EpisodeRules Rules = EpisodeRules.Load(RealData.Directory);

    [Fact]
    public void With_no_soviet_act_claimed_the_kind_comes_from_the_soviet_sides_own_sentences()
    {
        var text = "The Ruritanian army took Strelsau with arms and equipment bought abroad. The Red Army counter-attacked.";

        Assert.Equal(EpisodeKind.MilitaryAid, EpisodeKinds.Kind([], Rules, "The Ruritanian army took Strelsau with arms and equipment bought abroad."));
        Assert.Equal(EpisodeKind.Invasion, EpisodeKinds.Kind([], Rules, text));
    }

    [Fact]
    public void An_act_word_in_quotation_marks_is_talked_about_not_done()
    {
        var text = "In 1950 the Red Army was already in Ruritania, so \"invasion\" means staying there. In 1951 the Soviet Union blockaded Strelsau in Ruritania.";
        var claims = TestClaims.Of($"A note\n\n{text}\n");

        Assert.DoesNotContain(claims, c => c.Act == "invasion");
        Assert.Equal(EpisodeKind.Blockade, EpisodeKinds.Kind(claims, Rules, text));
    }

    [Fact]
    public void Soviet_blows_against_a_state_that_waged_war_on_the_soviet_side_are_a_war_not_an_invasion()
    {
        var war = "The Northern War was fought by Sweden against the Soviet Union from 1951 to 1954. In June 1951 the Red Army invaded Sweden.";
        var invasion = "In June 1951 the Red Army invaded Sweden.";

        Assert.Equal(EpisodeKind.War, EpisodeKinds.Kind(TestClaims.Of($"A note\n\n{war}\n"), Rules, war));
        Assert.Equal(EpisodeKind.Invasion, EpisodeKinds.Kind(TestClaims.Of($"A note\n\n{invasion}\n"), Rules, invasion));
    }

    [Theory]
    [InlineData("Czech Republic", "In May 1951 the Red Army invaded the German puppet Protectorate of Bohemia and Moravia.", EpisodeKind.Occupation)]
    [InlineData("Czech Republic", "In May 1951 the Red Army invaded the Protectorate of Bohemia and Moravia.", EpisodeKind.Invasion)]
    [InlineData("Iran", "In May 1951 the Red Army invaded British-occupied Iran.", EpisodeKind.Occupation)]
    [InlineData("Iran", "In May 1951 the Red Army invaded Iran.", EpisodeKind.Invasion)]
    public void An_invasion_of_land_a_third_state_held_is_an_occupation_of_that_land(string place, string text, EpisodeKind kind) =>
        Assert.Equal(kind, KindUnder(place, text));

    [Fact]
    public void Land_one_sentence_shows_held_is_held_in_the_episodes_other_claims() =>
        Assert.Equal(EpisodeKind.Occupation, KindUnder("Iran", "In May 1951 the Red Army invaded British-occupied Iran. "
            + "The Soviet troops invaded the south of Iran in June 1951. In 1952 the Soviet Union sent arms to Iran."));

    [Fact]
    public void An_invasion_years_before_the_episode_tells_how_the_troops_came_and_within_it_they_occupy()
    {
        var text = "In March 1946 Soviet troops had stood in Ruritania since the Soviet invasion of Ruritania in August 1941. "
            + "In March 1946 the rebels of Strelsau fought with Soviet weapons.";
        var claims = TestClaims.Of($"A note\n\n{text}\n");

        Assert.Equal(EpisodeKind.Occupation, EpisodeKinds.Kind(claims, Rules, text, firstYear: 1945));
        Assert.Equal(EpisodeKind.Invasion, EpisodeKinds.Kind(claims, Rules, text, firstYear: 1941));
    }

    private static EpisodeKind KindUnder(string place, string text) =>
        Assert.Single(EpisodeBuilderTests.Import(("a.wiki", $"= Interventions =\n\n==== 1951\u20131952: {place} ====\n\n{text}\n")).Episodes).Facts.Kind;
}
