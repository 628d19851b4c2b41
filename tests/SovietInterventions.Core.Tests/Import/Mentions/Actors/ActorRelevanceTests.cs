using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Import.Mentions.Dates;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

public class ActorRelevanceTests
{
    private readonly ActorFinder finder = new(RealData.Gazetteer);
    private readonly DateFinder dates = new();
    private readonly ActorRelevance relevance = new(RealData.Gazetteer);

    private bool IsBackground(string text, string slug, int firstYear, int lastYear)
    {
        var mention = Assert.Single(finder.Find(text), m => m.ActorSlug == slug);
        return relevance.IsBackground(mention, text, dates.Find(text), firstYear, lastYear);
    }

    [Fact]
    public void A_person_dead_before_the_episode_began_is_background()
    {
        Assert.True(IsBackground("Reformers asked for an inquiry into Stalin and his men.", "joseph-stalin", 1956, 1956));
        Assert.False(IsBackground("Reformers asked for an inquiry into Stalin and his men.", "joseph-stalin", 1948, 1948));
    }

    [Fact]
    public void A_sentence_telling_how_a_state_was_founded_years_before_the_episode_is_background()
    {
        const string text = "Years earlier the Red Army had set up the Tuvan People's Republic as a buffer.";

        Assert.True(IsBackground(text, "red-army", 1929, 1929));
        Assert.False(IsBackground(text, "red-army", 1921, 1921));
        Assert.False(IsBackground("The Red Army crossed into the Tuvan People's Republic.", "red-army", 1929, 1929));
        Assert.False(IsBackground("NATO founded 4 April 1949 (no Soviet act).", "nato", 1948, 1949));
    }

    [Fact]
    public void A_person_who_was_a_child_at_the_end_of_the_episode_is_background()
    {
        Assert.True(IsBackground("Vladimir Putin spoke of a moral debt.", "vladimir-putin", 1968, 1968));
    }

    [Fact]
    public void A_sentence_dated_long_after_the_episode_is_commentary()
    {
        const string text = "The invasion ended the reforms. In 1987 Mikhail Gorbachev said his policies owed much to them.";

        Assert.True(IsBackground(text, "mikhail-gorbachev", 1968, 1968));
    }

    [Fact]
    public void Trials_and_executions_soon_after_the_episode_are_part_of_it()
    {
        Assert.False(IsBackground("Imre Nagy was executed after a secret trial in June 1958.", "imre-nagy", 1956, 1956));
    }

    [Fact]
    public void A_year_that_qualifies_another_event_does_not_date_the_sentence()
    {
        Assert.False(IsBackground("Recalling the 1948 coup, Kádár asked for troops.", "janos-kadar", 1956, 1956));
    }

    [Fact]
    public void Words_that_name_a_person_in_passing_make_the_mention_background()
    {
        Assert.True(IsBackground("The colony was named after Cecil Rhodes.", "cecil-rhodes", 1853, 1902));
    }

    [Fact]
    public void An_actor_that_only_reacts_to_the_episode_is_background()
    {
        Assert.True(IsBackground("Mao Zedong's government, for its part, condemned the invasion.", "mao-zedong", 1968, 1968));
        Assert.False(IsBackground("Mao Zedong ordered the army north.", "mao-zedong", 1949, 1949));
    }

    [Fact]
    public void A_sentence_that_runs_on_since_an_early_year_is_not_dated_away()
    {
        Assert.False(IsBackground("Since 1945 the ring spied on Tito.", "josip-broz-tito", 1948, 1949));
    }

    [Fact]
    public void The_sentence_around_a_mention_stops_at_full_stops()
    {
        const string text = "First one. Then Kádár came. Last.";

        Assert.Equal((11, 26), ActorRelevance.SentenceAround(text, 16, 21));
    }
}
