using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

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
}
