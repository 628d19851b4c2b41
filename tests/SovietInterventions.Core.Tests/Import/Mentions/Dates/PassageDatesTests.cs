using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Mentions.Dates;

public class PassageDatesTests
{
    private readonly PassageDates dates = new(new DateFinder());

    private SentenceDate Only(IReadOnlyList<SentenceDate> found, int sentence) => Assert.Single(found, d => d.Sentence == sentence);

    [Theory]
    [InlineData("the 1921 treaty was broken", true)]
    [InlineData("the island's 1939 border held", true)]
    [InlineData("the old 1939 border held", true)]
    [InlineData("the year 1939 began badly", false)]
    [InlineData("In 1921 the treaty was signed", false)]
    [InlineData("the 1939 and 1940 campaigns", false)]
    [InlineData("until the 1956, when", false)]
    public void A_year_after_an_article_and_before_a_noun_is_attributive(string text, bool attributive)
    {
        var phrase = new DateFinder().Find(text)[0];

        Assert.Equal(attributive, phrase.Attributive);
    }

    [Theory]
    [InlineData("the army crossed the old frontier of 1939 and went on", true)]
    [InlineData("recalling the lessons of 1956", true)]
    [InlineData("on 3 October, in the great offensive of 1987, officers", false)]
    [InlineData("during the events of 1968 Soviet troops occupied Prague", false)]
    [InlineData("the deportations of 1944 emptied the villages", false)]
    [InlineData("by the end of 1941 the front held", false)]
    [InlineData("in the summer of 1941 the front moved", false)]
    [InlineData("in May of 1941 the front moved", false)]
    [InlineData("the Treaty of 1921 was broken", false)]
    public void A_year_after_a_lasting_things_name_and_of_is_attributive_and_one_after_a_happening_or_a_time_is_not(string text, bool attributive)
    {
        var phrase = new DateFinder().Find(text)[0];

        Assert.Equal(attributive, phrase.Attributive);
    }

    [Fact]
    public void A_year_taken_from_the_context_is_marked_inferred()
    {
        var phrases = new DateFinder().Find("On 3 May 1950 and again on 9 June", 1950);

        Assert.Equal([false, true], phrases.Select(p => p.YearInferred));
    }

    [Fact]
    public void A_day_and_month_takes_the_nearest_dated_sentence_not_a_year_that_names_another_treaty()
    {
        var found = dates.Find([
            "On the evening of 21 June 1950 ships laid mines.",
            "Later that night bombers flew east.",
            "Early on 22 June troops landed on the islands.",
            "Although the 1921 treaty allowed a defence, this was a breach.",
        ]);

        var landing = Only(found, 2);
        Assert.Equal(("1950-06-22", YearSource.Passage), (landing.Date.ToIso(), landing.Source));
    }

    [Fact]
    public void A_day_after_a_sentence_that_looks_back_takes_the_year_the_story_has_reached()
    {
        var found = dates.Find([
            "In January 1942, the front tried to retake the town, which had been lost in late 1941.",
            "On 4 April the front attacked again.",
        ], 1941, 1944);

        Assert.Equal("1942-04-04", Only(found, 1).Date.ToIso());
    }

    [Fact]
    public void A_day_after_a_sentence_that_looks_ahead_beyond_the_episode_keeps_the_year_within_it()
    {
        var found = dates.Find(["In 1944 Finland again ceded what it had lost in March 1940.", "On 13 March the guns fell silent."], 1939, 1940);

        Assert.Equal("1940-03-13", Only(found, 1).Date.ToIso());
    }

    [Fact]
    public void A_year_written_in_the_same_sentence_comes_first()
    {
        var found = dates.Find(["The talks began in 1948.", "In 1949 the army moved, and on 2 March it crossed the river."]);

        Assert.Equal(["1948", "1949", "1949-03-02"], found.Select(d => d.Date.ToIso()));
        Assert.Equal(YearSource.Sentence, found[^1].Source);
    }

    [Fact]
    public void A_date_after_the_next_dated_sentence_belongs_to_the_year_before()
    {
        var found = dates.Find(["On 27 December the border was crossed.", "By 5 January 1980 the capital had fallen."]);

        Assert.Equal("1979-12-27", Only(found, 0).Date.ToIso());
    }

    [Fact]
    public void A_date_after_a_captions_date_keeps_the_captions_year()
    {
        // A caption stands beside the text, not in its order.
        var found = dates.Find(["The president flew to the capital on 23 August.", "Crowds round a tank in the square, 21 August 1968"], asides: new HashSet<int> { 1 });

        Assert.Equal("1968-08-23", Only(found, 0).Date.ToIso());
    }

    [Fact]
    public void Neighbours_outside_the_episode_years_are_passed_over_for_the_episode_year()
    {
        var found = dates.Find(["In 1939 the first war ended.", "On 31 August the advance halted at the old line."], firstYear: 1941, lastYear: 1944);

        var halt = Only(found, 1);
        Assert.Equal(("1941-08-31", YearSource.Episode, false), (halt.Date.ToIso(), halt.Source, halt.OutsideYears));
        Assert.True(Only(found, 0).OutsideYears);
    }

    [Fact]
    public void A_year_in_the_same_sentence_is_kept_outside_the_episode_years_and_flagged()
    {
        var found = dates.Find(["In 1938, on 4 March, the envoy left."], firstYear: 1941, lastYear: 1944);

        var left = Assert.Single(found, d => d.Date.Precision == DatePrecision.Day);
        Assert.Equal(("1938-03-04", true), (left.Date.ToIso(), left.OutsideYears));
    }

    [Fact]
    public void Year_and_month_dates_keep_their_precision()
    {
        var found = dates.Find(["The crisis grew in 1961 and peaked in October 1962."]);

        Assert.Equal([DatePrecision.Year, DatePrecision.Month], found.Select(d => d.Date.Precision));
    }

    [Fact]
    public void Without_any_year_a_day_and_month_is_not_dated()
    {
        Assert.Empty(dates.Find(["On 9 May the guns fell silent."]));
    }

    [Fact]
    public void Many_yearless_sentences_are_dated_in_one_pass()
    {
        var sentences = Enumerable.Range(0, 20_000).Select(i => i == 0 ? "In 1945 it began." : "On 9 May they met.").ToList();

        var found = dates.Find(sentences);

        Assert.Equal(20_000, found.Count);
        Assert.All(found.Skip(1), d => Assert.Equal(1945, d.Date.Year));
    }

    [Fact]
    public void A_day_and_month_between_two_sentences_of_one_year_is_in_that_year_even_after_the_later_ones_date()
    {
        var found = dates.Find([
            "The army crossed the river on 12 January 1950.",
            "The town fell later.",
            "On 6 March the last attack failed.",
            "Losses over January and February 1950 were heavy.",
        ], 1950, 1950);

        Assert.Equal(new PartialDate(1950, 3, 6), Only(found, 2).Date);
    }

    [Fact]
    public void A_day_and_month_before_a_later_dated_sentence_alone_is_in_the_year_before_when_it_falls_after_it()
    {
        var found = dates.Find(["On 26 November a committee met.", "The delegation left on 1 February 1950."], 1950, 1950);

        Assert.Equal(new PartialDate(1949, 11, 26), Only(found, 0).Date);
    }

    [Fact]
    public void A_day_and_month_after_a_year_alone_and_before_a_dated_day_takes_its_year_from_the_dated_day()
    {
        var found = dates.Find(["In 1950 the region was occupied.", "On 26 November a committee met.", "The delegation left on 1 February 1950."], 1950, 1950);

        Assert.Equal(new PartialDate(1949, 11, 26), Only(found, 1).Date);
    }
}
