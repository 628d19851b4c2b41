using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Entries;

public sealed class SubordinateClauseTests
{
    private static readonly EpisodeRules Rules = EpisodeRules.Load(RealData.Directory);

    [Theory]
    [InlineData("On 5 May, a day after the Soviet troops had crossed the border, the parliament declared a state of emergency.", "crossed the border", true)]
    [InlineData("After the Soviets began an offensive into the valley the king met the opposition leaders.", "offensive", true)]
    [InlineData("After the Soviet troops had crossed the border, the Red Army took the capital.", "crossed the border", false)]
    [InlineData("The withdrawal was completed on 15 May, when the Soviet general crossed the bridge last.", "crossed", false)]
    [InlineData("The revolt lasted ten days before being crushed by Soviet tanks.", "crushed", false)]
    [InlineData("On 5 May the Soviet troops crossed the border.", "crossed the border", false)]
    [InlineData("Angered by the Soviet support for the rebels, the government expelled the Soviet ambassador in May.", "support", true)]
    [InlineData("Angered by the revolt, the Soviet leadership sent more support to the rebels.", "support", false)]
    public void A_soviet_act_told_only_in_a_leading_clause_dates_another_subjects_act(string sentence, string act, bool only) =>
        Assert.Equal(only, SubordinateClause.OnlyThere(sentence, act, Rules.Claims));
}
