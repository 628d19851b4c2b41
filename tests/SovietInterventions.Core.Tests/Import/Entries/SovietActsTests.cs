using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Entries;

public sealed class SovietActsTests
{
    private static readonly Core.Import.Claims.ClaimRules Rules = EpisodeRules.Load(RealData.Directory).Claims;

    [Theory]
    [InlineData("On 3 May the Red Army invaded the duchy.", true)]
    [InlineData("On 3 May the duchy's parliament met to vote.", false)]
    [InlineData("On 3 May the Red Army held a parade in Moscow.", false)]
    public void A_sentence_states_a_soviet_act_only_with_a_soviet_agent_and_an_intervention_act(string sentence, bool states) =>
        Assert.Equal(states, SovietActs.States(sentence, Rules));
}
