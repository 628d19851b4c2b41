using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Mentions.Dates;

public partial class DateFinderTests
{
    private readonly DateFinder finder = new();

    private DatePhrase FindOne(string text, int? contextYear = null) => Assert.Single(finder.Find(text, contextYear));

    [Fact]
    public void Day_with_wrong_ordinal_suffix_and_lower_case_month_is_a_day_date()
    {
        var phrase = FindOne("#### Date 23th august 1939");

        Assert.Equal("1939-08-23", phrase.Start.ToIso());
        Assert.Equal("23th august 1939", phrase.Text);
        Assert.False(phrase.IsRange);
    }

    [Theory]
    [InlineData("On May 2, 1935, the five-year Soviet-French Treaty", "1935-05-02", "May 2, 1935")]
    [InlineData("On 4 November 1956, a large joint military force", "1956-11-04", "4 November 1956")]
    [InlineData("signed on 4 November, 1956 in Moscow", "1956-11-04", "4 November, 1956")]
    [InlineData("on the 9th of May 1945", "1945-05-09", "9th of May 1945")]
    [InlineData("the 1st Sept. 1939 attack", "1939-09-01", "1st Sept. 1939")]
    [InlineData("26.VI.40 Molotov ultimatum", "1940-06-26", "26.VI.40")]
    [InlineData("25.VIII.1941 Sov. + Brit. invasion", "1941-08-25", "25.VIII.1941")]
    [InlineData("out by 3 May '46", "1946-05-03", "3 May '46")]
    [InlineData("first ships Oct ’36, Madrid", "1936-10", "Oct ’36")]
    public void Day_month_and_year_in_either_order_is_a_day_date(string text, string iso, string phraseText)
    {
        var phrase = FindOne(text);

        Assert.Equal(iso, phrase.Start.ToIso());
        Assert.Equal(phraseText, phrase.Text);
    }

    [Theory]
    [InlineData("Red Army attacks on 30/11/1939 after the shelling", "1939-11-30", "30/11/1939")]
    [InlineData("tanks in the streets, 17.06.1953", "1953-06-17", "17.06.1953")]
    [InlineData("crossed on 2/15/1989 (US style)", "1989-02-15", "2/15/1989")]
    [InlineData("ends 1940-03-13 at 11:00", "1940-03-13", "1940-03-13")]
    [InlineData("lifted on 12/05/1949", "1949", "12/05/1949")]
    [InlineData("1975-03,Angola,Soviet Union,arms deliveries", "1975-03", "1975-03")]
    public void Numeric_dates_read_day_first_unless_only_month_first_fits_and_an_ambiguous_slash_date_gives_its_year(string text, string iso, string phraseText)
    {
        var phrase = FindOne(text);

        Assert.Equal(iso, phrase.Start.ToIso());
        Assert.Equal(phraseText, phrase.Text);
    }

    [Theory]
    [InlineData("the 1939-40 war", "1939", "1940")]
    [InlineData("the 2005-06 season", "2005", "2006")]
    public void A_year_and_two_digits_after_it_that_can_end_a_range_are_a_range_not_a_month(string text, string from, string to)
    {
        var phrase = FindOne(text);

        Assert.Equal((from, to), (phrase.Start.ToIso(), phrase.End?.ToIso()));
    }

    [Theory]
    [InlineData("music of the '70s")]
    [InlineData("chapter 3.IV of the plan")]
    public void A_decade_or_a_numbered_part_is_no_date(string text) =>
        Assert.Empty(new DateFinder().Find(text));

    [Theory]
    [InlineData("surrender was signed on May 8 in Berlin", "1945-05-08")]
    [InlineData("the Soviet ceremony followed on 9 May, at dawn", "1945-05-09")]
    [InlineData("the city fell on 13 February.", "1945-02-13")]
    public void Day_and_month_without_a_year_take_the_context_year(string text, string iso)
    {
        Assert.Equal(iso, FindOne(text, contextYear: 1945).Start.ToIso());
    }

    [Theory]
    [InlineData("In May, he announced a congress", "1968-05")]
    [InlineData("the talks had stalled by early June", "1968-06")]
    [InlineData("and in September the brigade left", "1968-09")]
    [InlineData("the talks resumed in mid-July", "1968-07")]
    public void A_month_alone_after_a_word_of_time_takes_the_context_year(string text, string iso)
    {
        Assert.Equal(iso, FindOne(text, contextYear: 1968).Start.ToIso());
    }

    [Theory]
    [InlineData("the garrison may march at dawn")]
    [InlineData("the columns march by night")]
    [InlineData("May the congress convene")]
    [InlineData("in Sept, the brigade left")]
    [InlineData("the regiment was in march order")]
    [InlineData("In March of the following year the brigade left")]
    [InlineData("the crowds in May Day parades")]
    public void A_month_alone_elsewhere_is_no_date(string text)
    {
        Assert.Empty(finder.Find(text, contextYear: 1968));
    }

    [Fact]
    public void A_month_alone_is_skipped_when_there_is_no_context_year()
    {
        Assert.Empty(finder.Find("In May, he announced a congress"));
    }

    [Fact]
    public void Day_and_month_without_a_year_are_skipped_when_there_is_no_context_year()
    {
        Assert.Empty(finder.Find("on May 8 (9 May, 0:43 Moscow Time)"));
    }

    [Theory]
    [InlineData("- \\* September 1934 joined League.", "1934-09", "September 1934")]
    [InlineData("formally annexed into the USSR in August 1940.", "1940-08", "August 1940")]
    [InlineData("Operations continued until early April 1945, when", "1945-04", "early April 1945")]
    [InlineData("By December 1979 the Soviets intervened", "1979-12", "December 1979")]
    public void Month_and_year_is_a_month_date(string text, string iso, string phraseText)
    {
        var phrase = FindOne(text);

        Assert.Equal(iso, phrase.Start.ToIso());
        Assert.Equal(DatePrecision.Month, phrase.Start.Precision);
        Assert.Equal(phraseText, phrase.Text);
    }

    [Theory]
    [InlineData("Military production grew rapidly in 1936-1941", "1936", "1941", "1936-1941")]
    [InlineData("==== 1921–1924: Mongolia ====", "1921", "1924", "1921–1924")]
    [InlineData("==== 1944—1946: Bulgaria ====", "1944", "1946", "1944—1946")]
    [InlineData("Stalin idea for global communist movement (1924-1928)-peaceful", "1924", "1928", "1924-1928")]
    [InlineData("the mutual military cooperation in between 1930-33", "1930", "1933", "between 1930-33")]
    [InlineData("interventions in foreign elections from 1946 to 2000.", "1946", "2000", "from 1946 to 2000")]
    [InlineData("occupation by Nazi Germany from 1941 to 1944 and then", "1941", "1944", "from 1941 to 1944")]
    [InlineData("waves of deportation between 1939 and 1941.", "1939", "1941", "between 1939 and 1941")]
    [InlineData("the famine of 1946-47 in Moldavia", "1946", "1947", "1946-47")]
    [InlineData("## Ruritania, 1948 → 1949", "1948", "1949", "1948 → 1949")]
    [InlineData("## Ruritania, August 1945 → spring 1946", "1945-08", "1946", "August 1945 → spring 1946")]
    [InlineData("from early 1970 to the summer of 1972 the crews stayed", "1970", "1972", "from early 1970 to the summer of 1972")]
    public void Two_years_joined_by_a_dash_or_words_are_a_year_range(string text, string start, string end, string phraseText)
    {
        var phrase = FindOne(text);

        Assert.Equal(start, phrase.Start.ToIso());
        Assert.Equal(end, phrase.End?.ToIso());
        Assert.Equal(phraseText, phrase.Text);
    }

    [Fact]
    public void Night_spanning_two_days_is_a_day_range_sharing_month_and_year()
    {
        var phrase = FindOne("On the night of 20–21 August 1968, Eastern Bloc armies");

        Assert.Equal("1968-08-20", phrase.Start.ToIso());
        Assert.Equal("1968-08-21", phrase.End?.ToIso());
        Assert.Equal("the night of 20–21 August 1968", phrase.Text);
    }

    [Fact]
    public void Eve_of_a_day_without_a_year_is_that_day_in_the_context_year()
    {
        var phrase = FindOne("overthrew the government on the eve of 9 September, after", contextYear: 1944);

        Assert.Equal("1944-09-09", phrase.Start.ToIso());
        Assert.Equal("the eve of 9 September", phrase.Text);
    }

    [Fact]
    public void Days_in_two_months_share_the_year_written_once()
    {
        var phrase = FindOne("The invasion lasted from 25 August to 17 September 1941 and");

        Assert.Equal("1941-08-25", phrase.Start.ToIso());
        Assert.Equal("1941-09-17", phrase.End?.ToIso());
        Assert.Equal("from 25 August to 17 September 1941", phrase.Text);
    }

    [Fact]
    public void Day_range_without_a_year_takes_the_context_year()
    {
        var phrase = FindOne("during the period it lasted (13 January – 25 April) the Red Army", contextYear: 1945);

        Assert.Equal("1945-01-13", phrase.Start.ToIso());
        Assert.Equal("1945-04-25", phrase.End?.ToIso());
        Assert.Equal("13 January – 25 April", phrase.Text);
    }

    [Fact]
    public void Day_range_without_a_year_is_skipped_when_there_is_no_context_year()
    {
        Assert.Empty(finder.Find("during the period it lasted (13 January – 25 April) the Red Army"));
    }

    [Theory]
    [InlineData("across Western Europe in May–June 1940.", "1940-05", "1940-06")]
    [InlineData("the July–August 1945 Potsdam Conference", "1945-07", "1945-08")]
    public void Two_months_before_one_year_are_a_month_range(string text, string start, string end)
    {
        var phrase = FindOne(text);

        Assert.Equal(start, phrase.Start.ToIso());
        Assert.Equal(end, phrase.End?.ToIso());
    }

    [Theory]
    [InlineData("==== 1956: Hungary ==== in 1956", 2)]
    [InlineData("==== 1929: Tannu Tuva ====", 1)]
    [InlineData("In late 1933, the Han Chinese provincial", 1)]
    [InlineData("until the summer of 1941, when they were driven out", 1)]
    [InlineData("by mid-1944 the front had moved west", 1)]
    public void Year_alone_or_with_a_season_is_a_year_date(string text, int count)
    {
        var phrases = finder.Find(text);

        Assert.Equal(count, phrases.Count);
        Assert.All(phrases, phrase => Assert.Equal(DatePrecision.Year, phrase.Start.Precision));
    }

    [Fact]
    public void Qualifier_words_belong_to_the_phrase()
    {
        Assert.Equal("late 1933", FindOne("In late 1933, the Han").Text);
        Assert.Equal("the summer of 1941", FindOne("until the summer of 1941, when").Text);
    }

    [Theory]
    [InlineData("gold reserves, 176 tonnes of which")]
    [InlineData("peaked at $1.4 billion a year")]
    [InlineData("Around 13.5 million Polish citizens")]
    [InlineData("German losses of 70,000 killed")]
    [InlineData("The USSR sent 2,000–3,000 military advisers")]
    [InlineData("6.5–11.5% of Afghanistan's population")]
    [InlineData("32 km (20 mi) from the border")]
    [InlineData("signed at 0:43 Moscow Time")]
    [InlineData("troops of the 1BF crossed")]
    [InlineData("the 36th Division managed")]
    [InlineData("guns that dated back to the 1860s")]
    [InlineData("In the 1970s and the 1980's")]
    [InlineData("in 1799 and in 2100, not in 0945")]
    [InlineData("a budget of 2000 million roubles")]
    [InlineData("a range 1945-1940 backwards")]
    [InlineData("on 31 February 1940")]
    [InlineData("outnumbered the Germans by 5–6:1 in troops")]
    public void Quantities_decades_and_impossible_dates_are_not_dates(string text)
    {
        Assert.Empty(finder.Find(text, contextYear: 1945));
    }

    [Fact]
    public void Range_whose_end_is_before_its_start_is_not_a_range()
    {
        var phrases = finder.Find("from 1944 to 1941, and from 17 September to 25 August 1941");

        Assert.DoesNotContain(phrases, phrase => phrase.IsRange);
    }

    [Fact]
    public void Phrases_come_left_to_right_and_each_span_is_its_text()
    {
        const string text = "In 1944–1946, Soviet troops occupied Bornholm; on 4 November 1956 they entered Budapest, and in 1968 Prague.";

        var phrases = finder.Find(text);

        Assert.Equal(["1944–1946", "4 November 1956", "1968"], phrases.Select(phrase => phrase.Text));
        Assert.All(phrases, phrase => Assert.Equal(phrase.Text, text.Substring(phrase.Index, phrase.Length)));
    }
}
