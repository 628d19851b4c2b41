using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

/// <summary>Prose writes the head word of a Soviet force's name in lower case ("the 40th army"); another power's force keeps its capital,
/// so that "the Kwantung army" never hides a target's name from the claims.</summary>
public sealed class LowerCaseForceHeadsTests
{
    [Fact]
    public void A_soviet_force_written_with_a_lower_case_head_is_that_force()
    {
        var mentions = new ActorFinder(RealData.Gazetteer).Find("In 1980 the 40th army held the roads around the capital.");
        Assert.Contains(mentions, m => m.Name == "40th Army");
    }

    [Fact]
    public void Another_powers_force_written_with_a_lower_case_head_is_not_matched()
    {
        var mentions = new ActorFinder(RealData.Gazetteer).Find("In 1945 the Kwantung army held the passes.");
        Assert.DoesNotContain(mentions, m => m.Name == "Kwantung Army");
    }
}
