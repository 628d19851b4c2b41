using SovietInterventions.Web.Pages.Episodes;

namespace SovietInterventions.Web.Tests.Pages.Episodes;

public sealed class RepeatsTests
{
    private static ShowModel.EventLine Line(string date, string text, int position) =>
        new(date, text, new ShowModel.SourceRef("a-source", "A source", position));

    private static bool MentionsTroops(string text) => text.Contains("troops", StringComparison.Ordinal);

    [Fact]
    public void Two_acts_told_in_different_words_on_the_same_day_are_one_event_citing_both()
    {
        var folded = Repeats.Fold([Line("1950-03-02", "Foreign troops crossed the river into the valley.", 1),
            Line("1950-03-02", "The general ordered his troops over the bridge at dawn.", 7)], MentionsTroops);

        var line = Assert.Single(folded);
        Assert.Equal([1, 7], line.Sources.Select(s => s.Position));
    }

    [Fact]
    public void Acts_on_the_same_day_with_one_not_an_act_stay_apart() =>
        Assert.Equal(2, Repeats.Fold([Line("1950-03-02", "Foreign troops crossed the river into the valley.", 1),
            Line("1950-03-02", "The parliament met in the capital to vote.", 7)], MentionsTroops).Count);

    [Fact]
    public void Acts_dated_only_to_the_same_month_stay_apart() =>
        Assert.Equal(2, Repeats.Fold([Line("1950-03", "Foreign troops crossed the river into the valley.", 1),
            Line("1950-03", "The general ordered his troops over the bridge at dawn.", 7)], MentionsTroops).Count);
}
