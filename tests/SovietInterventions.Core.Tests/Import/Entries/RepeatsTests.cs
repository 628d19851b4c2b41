using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Entries;

public sealed class RepeatsTests
{
    // An event told by the passage at this position of one source.
    private static TimelineEvent<int> Line(string date, string text, int position) => new(PartialDate.ParseIso(date), text, [position]);

    private static bool MentionsTroops(string text) => text.Contains("troops", StringComparison.Ordinal);

    [Fact]
    public void Two_acts_told_in_different_words_on_the_same_day_are_one_event_citing_both()
    {
        var folded = Repeats.Fold([Line("1950-03-02", "Foreign troops crossed the river into the valley.", 1),
            Line("1950-03-02", "The general ordered his troops over the bridge at dawn.", 7)], MentionsTroops);

        var line = Assert.Single(folded);
        Assert.Equal([1, 7], line.Sources);
    }

    [Fact]
    public void Acts_on_the_same_day_with_one_not_an_act_stay_apart() =>
        Assert.Equal(2, Repeats.Fold([Line("1950-03-02", "Foreign troops crossed the river into the valley.", 1),
            Line("1950-03-02", "The parliament met in the capital to vote.", 7)], MentionsTroops).Count);

    [Fact]
    public void Acts_dated_only_to_the_same_month_stay_apart() =>
        Assert.Equal(2, Repeats.Fold([Line("1950-03", "Foreign troops crossed the river into the valley.", 1),
            Line("1950-03", "The general ordered his troops over the bridge at dawn.", 7)], MentionsTroops).Count);

    private static IReadOnlySet<string> Verbs(string text) =>
        text.Split(' ', '.').Where(w => w.EndsWith("ed", StringComparison.Ordinal)).ToHashSet();

    [Fact]
    public void Acts_on_the_same_month_with_the_same_act_word_are_one_event()
    {
        var folded = Repeats.Fold([Line("1950-03", "Foreign troops occupied the valley in March 1950.", 1),
            Line("1950-03", "In March 1950 the valley was occupied by foreign troops and its council dissolved.", 7),
            Line("1950-03", "Mountain troops disarmed every guard post along the northern frontier.", 9)], MentionsTroops, Verbs);

        Assert.Equal([[1, 7], [9]], folded.Select(l => l.Sources.ToArray()));
    }

    [Fact]
    public void A_night_of_two_days_is_one_event_with_an_act_on_the_second_day()
    {
        var folded = Repeats.Fold([Line("1950-03-20", "On the night of 20\u201321 March 1950 foreign troops crossed the river.", 1),
            Line("1950-03-21", "On 21 March 1950 the general's troops took the bridge.", 7)], MentionsTroops);

        Assert.Equal([1, 7], Assert.Single(folded).Sources);
    }

    [Fact]
    public void A_day_outside_the_nights_two_days_stays_apart() =>
        Assert.Equal(2, Repeats.Fold([Line("1950-03-20", "On the night of 20\u201321 March 1950 foreign troops crossed the river.", 1),
            Line("1950-03-22", "On 22 March 1950 the general's troops took the bridge.", 7)], MentionsTroops).Count);

    private static IReadOnlySet<string> Invasions(string text) =>
        text.Contains("invade", StringComparison.Ordinal) || text.Contains("invasion", StringComparison.Ordinal) ? new HashSet<string> { "Invasion" } : new HashSet<string>();

    [Fact]
    public void An_act_dated_only_to_a_year_is_the_same_act_dated_to_a_day_of_it_which_stands_for_both()
    {
        var folded = Repeats.Fold([Line("1950", "Foreign troops invaded the valley in 1950.", 1),
            Line("1950-03-02", "The invasion lasted from 2 March to 9 April 1950.", 7)], MentionsTroops, null, Invasions);

        var line = Assert.Single(folded);
        Assert.Equal("1950-03-02", line.Date.ToIso());
        Assert.Equal([7, 1], line.Sources);
    }

    [Fact]
    public void An_act_dated_only_to_a_year_that_holds_acts_of_its_kind_on_two_days_is_neither_of_them()
    {
        var folded = Repeats.Fold([Line("1950", "Foreign troops invaded the valley in 1950.", 1),
            Line("1950-03-02", "The invasion lasted from 2 March to 9 April 1950.", 7),
            Line("1950-11-20", "On 20 November 1950 foreign troops invaded the coast.", 9)], MentionsTroops, null, Invasions);

        Assert.Equal(3, folded.Count);
    }

    [Fact]
    public void A_month_and_a_day_in_it_are_one_date_of_the_year_s_acts()
    {
        var folded = Repeats.Fold([Line("1950", "Foreign troops invaded the valley in 1950.", 1),
            Line("1950-03", "In March 1950 foreign troops invaded the northern passes.", 4),
            Line("1950-03-02", "The invasion lasted from 2 March to 9 April 1950.", 7)], MentionsTroops, null, Invasions);

        Assert.Contains(folded, e => e.Sources.Contains(1) && e.Sources.Count > 1);
    }

    [Fact]
    public void The_same_words_dated_to_a_year_that_holds_acts_of_their_kind_on_two_days_are_neither_of_them()
    {
        var folded = Repeats.Fold([Line("1950", "The lands foreign troops invaded in 1950 are now part of Ruritania.", 1),
            Line("1950-03-02", "Foreign troops invaded the northern valley on 2 March.", 7),
            Line("1950-11-20", "On 20 November 1950 foreign troops invaded the coast.", 9)], MentionsTroops, null, Invasions);

        Assert.Equal(3, folded.Count);
    }

    [Fact]
    public void A_withdrawal_dated_only_to_a_year_is_the_last_column_leaving_on_a_day_of_it_and_not_an_invasion()
    {
        const string year = "The Soviets stayed for nine years before eventually withdrawing in 1989. A tenth of Afghanistan's 1979 population died.";

        var folded = Repeats.Fold([Line("1989", year, 1), Line("1989-02-15", "On 15 February 1989 the last Soviet military column crossed into the Uzbek SSR.", 2)]);
        var apart = Repeats.Fold([Line("1989", year, 1), Line("1989-12-20", "On 20 December 1989 Soviet troops crossed into Ruritania.", 2)]);

        Assert.Equal("1989-02-15", Assert.Single(folded).Date.ToIso());
        Assert.Equal(2, apart.Count);
    }

    [Fact]
    public void The_same_subject_dated_to_a_year_and_to_a_day_of_it_is_one_event_on_that_day()
    {
        var folded = Repeats.Fold([Line("1950", "A period of reform and protest took place in 1950 in Ruritania called the Thaw.", 1),
            Line("1950-01-05", "The THAW was a period of reform and mass protest in Ruritania that began on 5 January 1950.", 7)], _ => false);

        var line = Assert.Single(folded);
        Assert.Equal("1950-01-05", line.Date.ToIso());
        Assert.Equal([7, 1], line.Sources);
    }

    [Fact]
    public void A_day_folds_first_with_the_years_telling_in_its_own_words_not_with_the_years_act_of_its_kind()
    {
        // The day's sentence also tells the invasion later that year, so an act of that kind dated only to the year matches it
        // too; the telling in its own words is the one it repeats.
        var folded = Repeats.Fold([Line("1950", "An account of the 1950 invasion by foreign troops appeared later.", 1),
            Line("1950", "A period of reform and protest took place in 1950 in Ruritania called the Thaw.", 2),
            Line("1950-01-05", "The THAW was a period of reform and mass protest in Ruritania that began on 5 January 1950 and ended when foreign troops invaded on 2 March 1950.", 7)],
            MentionsTroops, null, Invasions);

        var day = Assert.Single(folded, e => e.Date.ToIso() == "1950-01-05");
        Assert.Equal([7, 2], day.Sources);
    }

    [Fact]
    public void Another_subject_dated_to_the_year_of_a_day_stays_apart() =>
        Assert.Equal(2, Repeats.Fold([Line("1950", "The harvest failed in the northern provinces in 1950.", 1),
            Line("1950-01-05", "The THAW was a period of reform and mass protest in Ruritania that began on 5 January 1950.", 7)], _ => false).Count);

    [Fact]
    public void Two_days_joined_only_through_an_act_dated_to_their_year_stay_two_events()
    {
        var folded = Repeats.Fold([Line("1950", "Foreign troops invaded the valley in 1950.", 1),
            Line("1950-02-10", "Foreign troops moved to the border under the invasion plan of 10 February 1950.", 4),
            Line("1950-03-02", "Foreign troops invaded the valley on 2 March 1950.", 7)], MentionsTroops, null, Invasions);

        Assert.Equal(["1950-02-10", "1950-03-02"], folded.Select(e => e.Date.ToIso()).Order());
    }

    [Fact]
    public void A_month_and_a_day_of_another_month_joined_only_through_their_year_stay_two_events()
    {
        var folded = Repeats.Fold([Line("1950", "Ruritania 1950: a republic on the coast.", 1),
            Line("1950-05-18", "On 18 May 1950 the flotilla landed at the port of Ruritania and set up a republic.", 4),
            Line("1950-06", "June 1950: the rebels of Ruritania proclaim a republic on the coast.", 7)], _ => false);

        Assert.Equal(["1950-05-18", "1950-06"], folded.Select(e => e.Date.ToIso()).Order());
    }

    [Fact]
    public void An_act_dated_to_a_year_that_names_other_years_stays_apart() =>
        Assert.Equal(2, Repeats.Fold([Line("1950", "Foreign troops invaded the valley from 1950 to 1953.", 1),
            Line("1950-03-02", "The invasion began on 2 March 1950.", 7)], MentionsTroops, null, Invasions).Count);

    [Fact]
    public void Events_dated_only_to_the_same_year_by_one_passage_are_one() =>
        Assert.Single(Repeats.Fold([Line("1950", "The 1950 elections were watched by a commission.", 3),
            Line("1950", "Moreover, the commission took a hand in the 1950 vote.", 3)], MentionsTroops));

    [Fact]
    public void An_act_dated_only_to_a_month_is_the_same_act_on_a_day_of_it_which_stands_for_both()
    {
        var folded = Repeats.Fold([Line("1950-03", "Hill troops joined the invasion of the valley in March 1950.", 1),
            Line("1950-03-02", "On 2 March 1950 foreign troops invaded the valley.", 7)], MentionsTroops, ActWords, Invasions);

        var line = Assert.Single(folded);
        Assert.Equal("1950-03-02", line.Date.ToIso());
        Assert.Equal([7, 1], line.Sources);
    }

    [Fact]
    public void An_act_of_another_kind_on_a_day_of_the_month_stays_apart() =>
        Assert.Equal(2, Repeats.Fold([Line("1950-03", "Hill troops joined the invasion of the valley in March 1950.", 1),
            Line("1950-03-02", "On 2 March 1950 foreign troops signed a truce at the river.", 7)], MentionsTroops, ActWords, Invasions).Count);

    [Fact]
    public void An_occupation_told_with_another_word_on_a_day_of_the_month_stays_apart() =>
        Assert.Equal(2, Repeats.Fold([Line("1950-03", "Hill troops joined the occupation of the valley in March 1950.", 1),
            Line("1950-03-02", "On 2 March 1950 foreign troops garrisoned the bridge.", 7)], MentionsTroops, ActWords, _ => new HashSet<string> { "Occupation" }).Count);

    [Fact]
    public void An_invasion_told_with_another_word_on_a_day_of_the_month_is_one_blow_told_once() =>
        Assert.Single(Repeats.Fold([Line("1950-03", "Hill troops joined the invasion of the valley in March 1950.", 1),
            Line("1950-03-02", "On 2 March 1950 foreign troops stormed the bridge.", 7)], MentionsTroops, ActWords, _ => new HashSet<string> { "Invasion" }));

    [Fact]
    public void A_day_whose_sentence_names_no_foreign_troops_stays_apart_from_the_months_act() =>
        Assert.Equal(2, Repeats.Fold([Line("1950-03", "Hill troops joined the invasion of the valley in March 1950.", 1),
            Line("1950-03-02", "On 2 March 1950 the rebels invaded the port.", 7)], MentionsTroops, ActWords, Invasions).Count);

    [Fact]
    public void A_months_act_done_by_others_far_from_the_foreign_troops_stays_apart_from_the_days() =>
        Assert.Equal(2, Repeats.Fold([Line("1950-03", "In March 1950 the rebels began an invasion of the coast with boats much like the ones the foreign troops use.", 1),
            Line("1950-03-02", "On 2 March 1950 foreign troops invaded the valley.", 7)], MentionsTroops, ActWords, Invasions).Count);

    private static IReadOnlySet<string> ActWords(string text) =>
        text.Split(' ', '.').Where(w => w.StartsWith("inva", StringComparison.Ordinal) || w.StartsWith("occup", StringComparison.Ordinal) || w is "stormed" or "garrisoned").ToHashSet();

    [Fact]
    public void A_sentence_that_also_writes_another_events_date_tells_that_event_when_they_share_its_words()
    {
        var folded = Repeats.Fold([Line("1950-02-13", "On 13 February 1950 the rebels took the port, by April 1950 the royal garrisons were driven from the island.", 1),
            Line("1950-04", "Fighting went on until early April 1950, when the last royal garrisons were driven from the island.", 7)], _ => false);

        var line = Assert.Single(folded);
        Assert.Equal("1950-02-13", line.Date.ToIso());
        Assert.Equal([1, 7], line.Sources);
    }

    [Fact]
    public void A_sentence_that_writes_another_events_date_but_tells_another_thing_stays_apart() =>
        Assert.Equal(2, Repeats.Fold([Line("1950-02-13", "On 13 February 1950 the rebels took the port, by April 1950 the royal garrisons were driven from the island.", 1),
            Line("1950-04", "A new parliament met in the capital in April 1950 to vote on the budget.", 7)], _ => false).Count);

    [Fact]
    public void An_event_that_repeats_a_telling_folded_into_another_joins_that_event()
    {
        var folded = Repeats.Fold([Line("1950-06", "Hill troops occupied the lowland villages and farms of the northern valley in June 1950 and annexed them in August 1950.", 1),
            Line("1950-06", "Foreign troops occupied the whole valley under the old treaty in June 1950.", 7),
            Line("1950-08", "Foreign troops occupied the whole valley under the old treaty in June 1950. It was then made a province in August 1950.", 9)], MentionsTroops, Verbs);

        Assert.Equal([1, 7, 9], Assert.Single(folded).Sources);
    }

    [Fact]
    public void Of_tellings_of_two_dates_the_one_that_writes_both_stands_for_the_event()
    {
        var folded = Repeats.Fold([Line("1950-06", "Foreign troops occupied the whole valley under the old treaty in June 1950.", 7),
            Line("1950-06", "Hill troops occupied the lowland villages and farms of the northern valley in June 1950 and annexed them in August 1950.", 1),
            Line("1950-08", "Foreign troops occupied the whole valley under the old treaty in June 1950. It was then made a province in August 1950.", 9)], MentionsTroops, Verbs);

        var line = Assert.Single(folded);
        Assert.StartsWith("Hill troops", line.Text, StringComparison.Ordinal);
        Assert.Equal("1950-06", line.Date.ToIso());
        Assert.Equal([1, 7, 9], line.Sources);
    }
    private const string Told = "Thousands were killed or wounded, and nearly a quarter of a million Hungarians fled the country.";
    private const string Restated = "Thousands were killed and injured, and nearly a quarter-million Hungarians fled its shores.";

    [Fact]
    public void A_sentence_another_passage_restates_in_other_words_is_left_out_of_the_later_one()
    {
        var shown = Repeats.WithoutRestatedSentences(["The uprising was crushed in November 1956. " + Told,
            "Refugees crossed into Austria by the thousand. " + Restated + " Most of them settled abroad for good."]);

        Assert.Equal("The uprising was crushed in November 1956. " + Told, shown[0].Text);
        Assert.Equal("Refugees crossed into Austria by the thousand. " + Repeats.Omitted + " Most of them settled abroad for good.", shown[1].Text);
        Assert.All(shown, s => Assert.Null(s.Restates));
    }

    [Fact]
    public void A_later_telling_of_an_event_the_timeline_folded_is_left_out_when_it_adds_no_number_and_hardly_a_name()
    {
        string[] passages = ["On 17 September 1939, the Soviet Union invaded Poland from the east. Operations lasted twenty days.",
            "Soviet leader Joseph Stalin ordered the Soviet invasion of Poland on September 17, one day after a ceasefire at the Khalkhin Gol.",
            "The Polish government protested, and the Red Army invaded eastern Poland on 17 September. The Polish army was already beaten.",
            "On September 17 the Red Army invaded Poland, violating the 1932 Soviet–Polish Non-Aggression Pact.",
            "The Red Army attacked in September 1939."];
        var shown = Repeats.WithoutRestatedSentences(passages, [("1939-09-17", [0, 1, 2, 3, 4])]);

        Assert.Equal(passages[0], shown[0].Text);
        Assert.Equal(passages[1], shown[1].Text);
        Assert.Equal(Repeats.Omitted + " The Polish army was already beaten.", shown[2].Text);
        Assert.Equal(passages[3], shown[3].Text);
        Assert.Equal(0, shown[4].Restates);
    }

    [Fact]
    public void Two_sentences_in_which_the_Soviet_side_acts_on_the_folded_event_s_day_tell_it_in_any_words()
    {
        string[] passages = ["The USSR repressed the Hungarian Revolution on 4 November 1956, and fought the revolutionaries until 10 November.",
            "On 4 November 1956, a nation-wide revolt in Hungary was forcefully quelled by Soviet tanks and troops."];

        Assert.Equal(0, Repeats.WithoutRestatedSentences(passages, [("1956-11-04", [0, 1])])[1].Restates);
    }

    [Fact]
    public void A_later_telling_points_at_the_passage_its_first_telling_is_shown_in()
    {
        const string told = "On 30 November 1939, the Soviet Union invaded Finland across the whole eastern border.";
        var shown = Repeats.WithoutRestatedSentences([told, told, "Then the Red Army attacked Finland on 30 November 1939 with great force."],
            [("1939-11-30", [1, 2])]);

        Assert.Equal(0, shown[1].Restates);
        Assert.Equal(0, shown[2].Restates);
    }

    [Fact]
    public void Two_acts_of_different_kinds_on_the_folded_event_s_day_are_two_tellings()
    {
        string[] passages = ["On 4 November 1956, the Soviet Union invaded Hungary with sixteen divisions.",
            "On 4 November 1956, the Soviet Union installed a new government in Budapest."];

        Assert.Null(Repeats.WithoutRestatedSentences(passages, [("1956-11-04", [0, 1])])[1].Restates);
    }

    [Fact]
    public void Only_events_the_timeline_folded_make_a_later_telling_a_restatement()
    {
        string[] passages = ["On 17 September 1939, the Soviet Union invaded Poland from the east.", "The Red Army attacked in September 1939."];

        Assert.Null(Repeats.WithoutRestatedSentences(passages, [("1939-09-17", [0])])[1].Restates);
        Assert.Null(Repeats.WithoutRestatedSentences(passages, [("1939-09", [0, 1])])[1].Restates);
    }

    [Fact]
    public void A_restated_sentence_the_next_one_points_back_at_stays()
    {
        var shown = Repeats.WithoutRestatedSentences(["The uprising was crushed in November 1956. " + Told,
            "Refugees crossed into Austria by the thousand. " + Restated + " They were housed in camps near Vienna."]);

        Assert.Equal("Refugees crossed into Austria by the thousand. " + Restated + " They were housed in camps near Vienna.", shown[1].Text);
    }

    [Fact]
    public void A_passage_that_only_restates_an_earlier_one_points_at_it()
    {
        var shown = Repeats.WithoutRestatedSentences(["Soviet troops crossed the Danube in force at dawn.", Told, Restated]);

        Assert.Null(shown[1].Restates);
        Assert.Equal(1, shown[2].Restates);
    }

    [Fact]
    public void A_sentence_that_says_more_than_the_earlier_one_is_no_restatement()
    {
        var shown = Repeats.WithoutRestatedSentences(["On 1 September Germany invaded Poland from the west.",
            "On 17 September 1939 the Soviet Union invaded Poland from the east, sixteen days after Germany invaded Poland from the west."]);

        Assert.All(shown, s => Assert.Null(s.Restates));
        Assert.DoesNotContain(Repeats.Omitted, shown[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_sentence_is_never_taken_for_a_restatement()
    {
        var shown = Repeats.WithoutRestatedSentences(["Hostilities ceased in March.", "Hostilities ceased in March. The treaty was signed in Moscow that week."]);

        Assert.Equal("Hostilities ceased in March. The treaty was signed in Moscow that week.", shown[1].Text);
    }

    [Fact]
    public void A_sentence_left_out_is_not_the_one_a_later_telling_restates()
    {
        // The third restates only the second's wording ("fled its shores"), which is left out: it points at the first, shown.
        const string Again = "Thousands were killed and injured, and a quarter-million Hungarians fled its shores.";
        var shown = Repeats.WithoutRestatedSentences(["Soviet tanks entered Budapest on 4 November 1956 at dawn.", Told, Restated, Again]);

        Assert.Equal([null, null, 1, 1], shown.Select(s => s.Restates));
    }

    [Fact]
    public void A_passage_restating_two_earlier_passages_is_shown_with_its_sentences_left_out_not_cited_beside_one()
    {
        const string Entered = "Soviet tanks entered Budapest on 4 November 1956 before dawn.";
        var shown = Repeats.WithoutRestatedSentences([Entered, Told, Restated + " " + Entered]);

        Assert.Null(shown[2].Restates);
        Assert.Equal(Repeats.Omitted, shown[2].Text);
    }

    [Theory]
    [InlineData("Soviet troops entered Budapest with 1,000 tanks and many guns.", "Soviet troops entered Budapest with 6,000 tanks and many guns.")]
    [InlineData("Soviet troops entered Budapest on 4 November 1956 with tanks.", "Soviet troops entered Budapest on 24 November 1956 with tanks.")]
    [InlineData("The Red Army invaded Poland on 17 September 1939 from the east.", "The Red Army did not invade Poland on 17 September 1939 from the east.")]
    [InlineData("Soviet forces invaded Czechoslovakia with their Warsaw Pact allies that summer.", "Soviet forces invaded Hungary with their Warsaw Pact allies that summer.")]
    public void A_sentence_whose_numbers_names_or_negations_differ_says_something_new(string first, string second)
    {
        var shown = Repeats.WithoutRestatedSentences([first, second]);

        Assert.Equal(second, shown[1].Text);
        Assert.Null(shown[1].Restates);
    }
}
