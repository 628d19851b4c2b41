using SovietInterventions.Core.Import.Entries;

namespace SovietInterventions.Core.Tests.Import.Entries;

/// <summary>The words of data/lead-words.json tell a sentence that leans on one before it, wherever in it they stand.</summary>
public sealed class LeadWordsTests
{
    private static readonly LeadWords Words = LeadWords.Load(RealData.Directory);

    [Theory]
    [InlineData("The Soviet leadership thereafter sent tanks into the capital.")]
    [InlineData("The Kremlin responded by sending two divisions over the border.")]
    [InlineData("In March 1961, the Soviet Union reacted by closing the frontier.")]
    [InlineData("The premier put the plan to his colleagues in May 1961.")]
    [InlineData("Two days later Soviet paratroopers landed at the airfield.")]
    [InlineData("The night before, Soviet advisers had left the embassy.")]
    [InlineData("Within weeks the Soviet Union was shipping rifles to the rebels.")]
    [InlineData("Another reason the Soviet Union sent troops was the harbour.")]
    [InlineData("Yet the Soviet Union kept its garrison in the port.")]
    [InlineData("The area was under German occupation until the Red Army reconquered it in 1944.")]
    [InlineData("Apart from the pact and the partition the USSR also annexed the border districts in 1945.")]
    public void A_sentence_that_leans_on_one_before_it_points_back(string sentence) =>
        Assert.True(Words.PointsBack(sentence));

    [Theory]
    [InlineData("In response to the strike, Soviet tanks entered the capital in June 1961.")]
    [InlineData("The Soviet Union occupied the islands in 1961 and thereafter annexed them.")]
    [InlineData("The Politburo approved the plan to invade the country on 2 May 1961.")]
    [InlineData("At the request of the party, Soviet troops crossed the border in 1961.")]
    [InlineData("On the night of 3 March 1961 Soviet troops crossed the border.")]
    [InlineData("As well, in 1961 the Soviet Union sent rifles to the rebels.")]
    [InlineData("Three days later, on 9 March 1961, Soviet troops crossed the border.")]
    [InlineData("The region of Bessarabia was occupied by Soviet troops in 1940.")]
    public void A_sentence_that_names_what_it_answers_or_says_which_plan_stands_alone(string sentence) =>
        Assert.False(Words.PointsBack(sentence));

    [Theory]
    [InlineData("As well, in 1961 the Soviet Union sent rifles.", "[I]n 1961 the Soviet Union sent rifles.")]
    [InlineData("However, Soviet troops stayed until 1962.", "[S]oviet troops stayed until 1962.")]
    [InlineData("However the Soviet troops stayed until 1962.", "However the Soviet troops stayed until 1962.")]
    [InlineData("Soviet troops, however, stayed until 1962.", "Soviet troops, however, stayed until 1962.")]
    public void Only_an_opening_connective_set_off_by_a_comma_is_left_out(string sentence, string shown) =>
        Assert.Equal(shown, Words.Detached(sentence));

    [Theory]
    [InlineData("Apart from the pact and the division of the north, the USSR also occupied the valley in 1961.", "[T]he USSR also occupied the valley in 1961.")]
    [InlineData("Besides rifles, Moscow sent tanks in 1961.", "[M]oscow sent tanks in 1961.")]
    [InlineData("Apart from a few men the valley was empty in 1961.", "Apart from a few men the valley was empty in 1961.")]
    public void An_opening_connective_with_its_object_is_left_out_to_its_comma(string sentence, string shown)
    {
        Assert.Equal(shown, Words.Detached(sentence));
        Assert.Equal(shown == sentence, Words.PointsBack(sentence));
    }

    [Theory]
    [InlineData("Moscow forbade the vote in the north, while the Americans held one in the south, a plan the commission's other members opposed.", "Moscow forbade the vote in the north \u2026")]
    [InlineData("Moscow forbade the vote in all the northern provinces, while the Americans voted.", "Moscow forbade the vote in all the northern provinces, while the Americans voted.")]
    [InlineData("Moscow forbade the vote in the north, while the Red Army held the south.", "Moscow forbade the vote in the north, while the Red Army held the south.")]
    [InlineData("While the Americans voted, Moscow forbade the vote in the north.", "While the Americans voted, Moscow forbade the vote in the north.")]
    public void A_trailing_contrast_in_which_the_soviet_side_does_not_act_is_left_out(string sentence, string shown) =>
        Assert.Equal(shown, Words.WithoutOthersClause(sentence, "forbade", s => s.Contains("Moscow", StringComparison.Ordinal) || s.Contains("Red Army", StringComparison.Ordinal)));
}
