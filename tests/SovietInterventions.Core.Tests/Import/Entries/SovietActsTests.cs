using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Entries;

public sealed class SovietActsTests
{
    private static readonly Core.Import.Claims.ClaimRules Rules = EpisodeRules.Load(RealData.Directory).Claims;

    [Theory]
    [InlineData("On 3 May the Red Army crossed into the duchy.", true)]
    [InlineData("On 3 May the duchy's revolt was quelled by Soviet tanks.", true)]
    [InlineData("On 3 May the duchy's parliament met to vote.", false)]
    public void A_sentence_involves_the_soviet_side_when_it_names_a_soviet_agent(string sentence, bool involves) =>
        Assert.Equal(involves, SovietActs.Involve(sentence, Rules));
}
