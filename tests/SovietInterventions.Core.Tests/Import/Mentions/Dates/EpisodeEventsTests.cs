using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Mentions.Dates;

public class EpisodeEventsTests
{
    private static List<EventDraft> EventsOf(int firstYear, int lastYear, params string[] paragraphs)
    {
        var document = new ParsedDocument("notes.md", "Notes", SourceFormat.Markdown,
            [.. paragraphs.Select((t, i) => new Block(PassageKind.Paragraph, t, i + 1, []))], []);
        var passages = document.Blocks.Select((block, i) => new PassageDraft { Document = document, Block = block, Position = i + 1 }).ToList();
        return new EpisodeEvents(new DateFinder()).Find(passages, firstYear, lastYear);
    }

    [Fact]
    public void A_time_someone_looks_back_to_dates_no_event()
    {
        var document = new ParsedDocument("notes.md", "Notes", SourceFormat.Markdown,
            [new Block(PassageKind.Paragraph, "In a broadcast on the anniversary of the invasion a speaker looked back to the summer of 1968.", 1, [])], []);
        var passages = document.Blocks.Select((block, i) => new PassageDraft { Document = document, Block = block, Position = i + 1 }).ToList();
        var rules = Core.Reference.EpisodeRules.Load(RealData.Directory);

        Assert.Empty(new EpisodeEvents(new DateFinder(), null, rules.TimedThings, rules.Claims).Find(passages, 1968, 1968));
    }

    [Fact]
    public void A_sentence_naming_a_span_of_years_is_one_event_on_its_first_year()
    {
        var events = EventsOf(1979, 1989, "Soviet troops stayed in the valley from 1979 to 1989, when the last column crossed the river.");

        var only = Assert.Single(events);
        Assert.Equal(new PartialDate(1979), only.Date);
    }

    [Fact]
    public void A_sentence_announcing_in_one_month_what_is_planned_for_a_day_is_dated_by_its_month()
    {
        var events = EventsOf(1968, 1968, "In January 1968 Dubček became First Secretary. In May, he announced that the congress would convene on 9 September.");

        Assert.Equal(["1968-01", "1968-05"], events.Select(e => e.Date.ToIso()));
    }

    [Fact]
    public void A_month_alone_with_no_year_written_around_it_dates_no_event()
    {
        var events = EventsOf(1940, 1940, "The Baltic governments signed agreements in September and October.");

        Assert.Empty(events);
    }

    [Fact]
    public void A_sentence_with_two_days_is_one_event_on_the_first_of_them()
    {
        var events = EventsOf(1939, 1940, "On 30 November 1939 the Red Army crossed the border, and the fighting stopped on 13 March 1940.");

        Assert.Equal([new PartialDate(1939, 11, 30)], events.Select(e => e.Date));
    }

    [Fact]
    public void A_year_that_qualifies_a_noun_gives_way_to_the_date_of_the_sentence()
    {
        var events = EventsOf(1940, 1940, "Under the 1939 pact the Soviet army occupied the three republics in June 1940.");

        Assert.Equal([new PartialDate(1940, 6)], events.Select(e => e.Date));
    }

    [Fact]
    public void A_question_about_a_date_is_no_event()
    {
        var events = EventsOf(1956, 1956, "Why did the Soviet leadership change its mind on 31 October 1956?", "Soviet tanks returned on 4 November 1956.");

        Assert.Equal([new PartialDate(1956, 11, 4)], events.Select(e => e.Date));
    }

    [Fact]
    public void A_year_that_qualifies_the_subject_of_a_sentence_dates_it_when_nothing_else_does()
    {
        var events = EventsOf(1945, 1949, "In the 1945 parliamentary election the Smallholders won 57% of the vote.");

        Assert.Equal([new PartialDate(1945)], events.Select(e => e.Date));
    }

    [Fact]
    public void A_year_that_qualifies_a_thing_the_sentence_speaks_of_further_on_does_not_date_it()
    {
        var events = EventsOf(1968, 1968,
            "The Liberators, by Viktor Suvorov, is an eyewitness description of the 1968 invasion from a tank commander's seat.",
            "As one historian argues, Moscow read the 1968 crisis as proof that the bloc needed a doctrine.");

        Assert.Empty(events);
    }

    [Fact]
    public void A_sentence_dated_only_long_after_the_episode_is_no_event_even_when_it_names_the_episode_year_as_a_qualifier()
    {
        var events = EventsOf(1940, 1940, "In 1989 the parliament in Moscow condemned the 1940 annexation.");

        Assert.Empty(events);
    }

    [Fact]
    public void A_sentence_that_opens_on_a_year_long_after_the_episode_is_commentary_and_no_event_even_when_it_names_a_year_beside_it()
    {
        var events = EventsOf(1962, 1962, "In 2017, a president said that the rockets sent to the island were a reply to those of 1961-62.");

        Assert.Empty(events);
    }

    [Fact]
    public void Year_only_and_month_only_events_keep_their_precision()
    {
        var events = EventsOf(1956, 1957, "Unrest grew in 1956.", "The new government crushed the last strikes in January 1957.");

        Assert.Equal([DatePrecision.Year, DatePrecision.Month], events.Select(e => e.Date.Precision));
    }

    [Fact]
    public void A_day_without_a_year_never_takes_a_year_before_the_episode_from_the_sentence_after_it()
    {
        // The next sentence is dated 2 March 1962; "14 October" comes after it in the year, so the passage reading would say 1961.
        var events = EventsOf(1962, 1962, "On 14 October the envoy met the minister.", "On 2 March 1962 the first ships sailed.");

        Assert.DoesNotContain(events, e => e.Date.Year < 1962);
        Assert.Contains(events, e => e.Date == new PartialDate(1962, 10, 14));
    }

    [Fact]
    public void A_day_takes_the_year_before_the_next_sentences_when_the_passage_writes_that_year_even_before_the_episode()
    {
        // "19 December" comes after "January 1941" in the year, and the passage writes 1940: the election was in December 1940.
        var events = EventsOf(1941, 1944, "Risto Ryti was elected president on 19 December.", "In January 1941 Moscow demanded the Petsamo mines.",
            "On 18 December 1940 Hitler approved Operation Barbarossa.");

        Assert.Contains(events, e => e.Date == new PartialDate(1940, 12, 19));
        Assert.DoesNotContain(events, e => e.Date == new PartialDate(1941, 12, 19));
    }

    [Fact]
    public void A_day_with_no_year_of_the_episode_around_it_takes_the_year_its_passage_last_wrote()
    {
        var events = EventsOf(1941, 1944, "On 31 July 1940 Hitler ordered an assault to be planned.", "Military authorities signed an agreement on 12 September.");

        Assert.Contains(events, e => e.Date == new PartialDate(1940, 9, 12));
        Assert.DoesNotContain(events, e => e.Date == new PartialDate(1941, 9, 12));
    }

    private static List<EventDraft> EventsWithThings(int firstYear, int lastYear, string paragraph)
    {
        var document = new ParsedDocument("notes.md", "Notes", SourceFormat.Markdown, [new Block(PassageKind.Paragraph, paragraph, 1, [])], []);
        var passages = new List<PassageDraft> { new() { Document = document, Block = document.Blocks[0], Position = 1 } };
        var things = new Core.Reference.PhraseList(["treaty", "pact", "protocol", "conference", "signed"]);
        return new EpisodeEvents(new DateFinder(), thingWords: things).Find(passages, firstYear, lastYear);
    }

    [Fact]
    public void The_date_of_a_protocol_the_sentence_mentions_gives_way_to_the_sentences_own_month()
    {
        var events = EventsWithThings(1940, 1940, "Backed by the secret protocol of August 1939, Moscow made the three states take its bases in October 1939.");

        Assert.Equal([new PartialDate(1939, 10)], events.Select(e => e.Date));
    }

    [Fact]
    public void A_sentence_dated_only_by_the_treaty_it_names_is_no_event()
    {
        var events = EventsWithThings(1940, 1941, "The hill people mainly aimed to win back the farms they lost by the March 1940 Lake Peace Treaty.");

        Assert.Empty(events);
    }

    [Fact]
    public void A_month_before_a_plain_noun_stays_the_sentences_date()
    {
        var events = EventsWithThings(1940, 1941, "In the March 1940 thaw the hill people signed nothing and moved their farms.");

        Assert.Equal([new PartialDate(1940, 3)], events.Select(e => e.Date));
    }

    [Fact]
    public void A_sentence_dated_only_by_the_conference_it_mentions_is_no_event()
    {
        var events = EventsWithThings(1945, 1945, "As settled at the Lake Conference in February 1945, the Soviet army joined the war in the east.");

        Assert.Empty(events);
    }

    [Theory]
    [InlineData("The Soviets agreed to withdraw their forces and permit the 9 September Party Congress.")]
    [InlineData("Between 6.5 and 11.5% of the population (per the 1979 census) is estimated to have been killed.")]
    public void A_date_naming_a_congress_or_a_census_is_no_date_of_the_sentence(string sentence)
    {
        var document = new ParsedDocument("notes.md", "Notes", SourceFormat.Markdown, [new Block(PassageKind.Paragraph, sentence, 1, [])], []);
        var passages = new List<PassageDraft> { new() { Document = document, Block = document.Blocks[0], Position = 1 } };

        var events = new EpisodeEvents(new DateFinder(), thingWords: Core.Reference.EpisodeRules.Load(RealData.Directory, RealData.Gazetteer).TimedThings).Find(passages, 1968, 1979);

        Assert.Empty(events);
    }

    [Fact]
    public void A_treaty_signed_on_a_day_is_dated_by_that_day()
    {
        var events = EventsWithThings(1945, 1945, "The border treaty was signed on 16 August 1945 in Moscow. The generals signed an agreement on 12 September.");

        Assert.Equal([new PartialDate(1945, 8, 16), new PartialDate(1945, 9, 12)], events.Select(e => e.Date));
    }

    [Fact]
    public void A_year_joined_to_pre_names_no_time_of_the_sentence()
    {
        var events = EventsOf(1940, 1940, "Most governments kept dealing with the envoys of the pre-1940 republics.");

        Assert.Empty(events);
    }

    [Fact]
    public void A_range_in_brackets_is_the_span_of_what_it_follows_not_a_one_day_event_of_its_start()
    {
        var events = EventsOf(1945, 1945, "Over the whole offensive (12 January – 2 May), it cost the Red Army many tanks.");

        Assert.Empty(events);
    }

    [Fact]
    public void A_sentence_dated_after_the_episodes_last_year_is_the_aftermath_and_no_event()
    {
        var events = EventsOf(1978, 1979, "Moscow paid for the invasion, and between 1981 and 1985 its aid peaked.");

        Assert.Empty(events);
    }

    [Fact]
    public void A_sentence_dated_by_a_range_running_long_past_the_episode_tells_a_longer_story()
    {
        var events = EventsOf(1940, 1940, "The states stayed lawful under occupation throughout the years from 1940 to 1991.");

        Assert.Empty(events);
    }

    [Fact]
    public void A_pact_that_carries_its_own_year_leaves_the_date_after_it_to_the_sentence()
    {
        var events = EventsWithThings(1940, 1940, "Moscow took the three states under the 1939 pact in June 1940.");

        Assert.Equal([new PartialDate(1940, 6)], events.Select(e => e.Date));
    }

    private static List<EventDraft> EpisodeEventsOf(int year, params string[] paragraphs) => EpisodeEventsOf(year, year, paragraphs);

    private static List<EventDraft> EpisodeEventsOf(int firstYear, int lastYear, params string[] paragraphs)
    {
        var document = new ParsedDocument("notes.md", "Notes", SourceFormat.Markdown,
            [.. paragraphs.Select((t, i) => new Block(PassageKind.Paragraph, t, i + 1, []))], []);
        var passages = document.Blocks.Select((block, i) => new PassageDraft { Document = document, Block = block, Position = i + 1 }).ToList();
        var episode = new Core.Import.Episodes.BuiltEpisode("Valley", ["valley"], new PartialDate(firstYear), new PartialDate(lastYear), null, [], passages, [], []);
        return new EpisodeEvents(new DateFinder()).Find(episode);
    }

    [Fact]
    public void A_sentence_telling_the_episode_whole_is_no_event_where_its_first_year_has_one()
    {
        var events = EpisodeEventsOf(1979, 1989, "The war in the valley took place from December 1979 to February 1989.",
            "In December 1979 foreign troops stormed the palace.");

        Assert.Equal(["In December 1979 foreign troops stormed the palace."], events.Select(e => e.Text));
    }

    [Fact]
    public void A_sentence_telling_the_episode_whole_stays_where_no_other_event_tells_its_first_year()
    {
        var events = EpisodeEventsOf(1979, 1989, "The war in the valley lasted from 1979 to 1989.", "In 1985 the fighting was heaviest.");

        Assert.Equal([new PartialDate(1979), new PartialDate(1985)], events.Select(e => e.Date));
    }

    [Fact]
    public void A_winters_fighting_across_the_new_year_is_an_event_of_a_two_year_episode()
    {
        var events = EpisodeEventsOf(1939, 1940, "On 30 November 1939 foreign troops crossed the border.",
            "Their divisions were cut to pieces in the forests in December 1939 and January 1940.");

        Assert.Equal([new PartialDate(1939, 11, 30), new PartialDate(1939, 12)], events.Select(e => e.Date));
    }

    private static List<EventDraft> EventsWithClauses(int year, string paragraph)
    {
        var document = new ParsedDocument("notes.md", "Notes", SourceFormat.Markdown, [new Block(PassageKind.Paragraph, paragraph, 1, [])], []);
        var passages = document.Blocks.Select((block, i) => new PassageDraft { Document = document, Block = block, Position = i + 1 }).ToList();
        var rules = Core.Reference.EpisodeRules.Load(RealData.Directory, RealData.Gazetteer).Claims;
        return new EpisodeEvents(new DateFinder(), clauses: rules).Find(passages, year, year);
    }

    [Fact]
    public void A_year_qualifying_the_object_of_the_soviet_sides_act_dates_its_sentence() =>
        Assert.Equal([new PartialDate(1956)], EventsWithClauses(1956, "Soviet tanks crushed the 1956 uprising in less than a week.").Select(e => e.Date));

    [Fact]
    public void A_date_in_an_opening_clause_gives_way_to_the_main_clauses_date() =>
        Assert.Equal([new PartialDate(1956, 10, 24)],
            EventsWithClauses(1956, "When the students rose in October 1956, foreign tanks entered the city on 24 October.").Select(e => e.Date));

    [Fact]
    public void A_number_written_with_a_comma_does_not_end_the_opening_clause() =>
        Assert.Equal([new PartialDate(1956, 10, 24)],
            EventsWithClauses(1956, "When 2,500 students rose in October 1956, foreign tanks entered the city on 24 October.").Select(e => e.Date));

    [Fact]
    public void A_dated_aside_inside_a_coordination_of_the_opening_clause_is_not_the_sentences_date() =>
        Assert.Equal([new PartialDate(1945, 8, 3)],
            EventsWithClauses(1945, "Although the attack fell between the bombing of one city, on 6 August, and that of another on 9 August, "
                + "the timing had been planned long before; on 3 August, the marshal reported that he could attack.").Select(e => e.Date));

    [Fact]
    public void A_short_undated_clause_before_a_coordinator_ends_the_opening_clause_as_before() =>
        Assert.Equal([new PartialDate(1956, 11, 4)],
            EventsWithClauses(1956, "When the revolt began on 23 October, Nagy was reinstated, and on 4 November foreign tanks attacked, crushing the rising.")
                .Select(e => e.Date));

    [Fact]
    public void A_sentence_too_long_to_show_whole_shows_the_clause_of_its_date()
    {
        var filler = string.Join(" ", Enumerable.Repeat("the long build-up of forces in the east", 10));
        var events = EventsWithClauses(1945, $"The timing of the attack had been planned well in advance and was set by {filler}; on 3 August 1945, the marshal reported that he could attack.");

        Assert.Equal(["[O]n 3 August 1945, the marshal reported that he could attack."], events.Select(e => e.Text));
    }

    [Fact]
    public void A_first_date_outside_an_opening_clause_stays_the_sentences_date() =>
        Assert.Equal([new PartialDate(1956, 10)],
            EventsWithClauses(1956, "In October 1956 the students rose, and foreign tanks entered the city on 24 October.").Select(e => e.Date));

    [Fact]
    public void A_paragraph_that_opens_by_pointing_back_is_told_after_the_last_sentence_of_the_paragraph_before()
    {
        var events = EpisodeEventsOf(1950, "The Valley Spring was a season of open debate.", "It began on 2 March 1950, when the council met in public.");

        Assert.Equal(["The Valley Spring was a season of open debate. It began on 2 March 1950, when the council met in public."], events.Select(e => e.Text));
    }

    [Fact]
    public void A_sentence_that_opens_by_pointing_back_is_told_after_the_sentence_it_points_to()
    {
        var events = EpisodeEventsOf(1950, "A commission came to watch the vote. Moreover, it ran the vote itself in 1950.");

        Assert.Equal(["A commission came to watch the vote. Moreover, it ran the vote itself in 1950."], events.Select(e => e.Text));
    }

    [Fact]
    public void A_sentence_pointing_back_to_one_that_also_points_back_is_no_event()
    {
        var events = EpisodeEventsOf(1950, "The 1950 vote was called in spring. These elections drew a commission. Moreover, it ran the 1950 vote itself.");

        Assert.Equal(["The 1950 vote was called in spring."], events.Select(e => e.Text));
    }

    [Fact]
    public void A_fragment_that_opens_a_passage_in_lower_case_is_no_event() =>
        Assert.Empty(EpisodeEventsOf(1950, "made the valley a buffer zone in 1950 (three farms and a mill)"));
}
