using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Tests.Import.Formats.Prose;

public class ProseTextTests
{
    [Theory]
    [InlineData("Berlin Blockade begins (1948)", "1948")]
    [InlineData("Reminder: the invasion of 1979-12", "1979")]
    [InlineData("Operation Danube, 2024 anniversary of 1968", "2024")]
    public void The_first_year_a_text_writes_as_a_word_is_found(string text, string year) => Assert.Equal(year, ProseText.FirstYear(text));

    [Theory]
    [InlineData("Room 40312, call 0800")]
    [InlineData("Exam at 0930 in hall 2")]
    [InlineData("a 2150 estimate")]
    public void Numbers_that_are_no_year_of_the_period_are_not_years(string text) => Assert.Null(ProseText.FirstYear(text));

    [Fact]
    public void Sentences_glued_by_a_citation_after_the_full_stop_are_split()
    {
        var sentences = ProseText.SplitSentences("They were formally annexed into the USSR in August 1940.[15] Given a free hand by Nazi Germany, the Soviet Union pressured them.");

        Assert.Equal(["They were formally annexed into the USSR in August 1940.", "Given a free hand by Nazi Germany, the Soviet Union pressured them."], sentences);
    }

    [Fact]
    public void Sentences_glued_without_a_space_are_split()
    {
        var sentences = ProseText.SplitSentences("The USSR demanded military bases in September 1939.In the case of refusal, the USSR effected a blockade.");

        Assert.Equal(["The USSR demanded military bases in September 1939.", "In the case of refusal, the USSR effected a blockade."], sentences);
    }

    [Fact]
    public void Sentence_ending_in_a_parenthesis_glued_to_the_next_is_split()
    {
        var sentences = ProseText.SplitSentences("The USSR annexed Carpathian Ruthenia (became part of Ukrainian SSR).Estonia, Latvia, and Lithuania had been independent.");

        Assert.Equal(["The USSR annexed Carpathian Ruthenia (became part of Ukrainian SSR).", "Estonia, Latvia, and Lithuania had been independent."], sentences);
    }

    [Fact]
    public void Citation_followed_by_a_capitalised_word_ends_a_sentence_without_a_full_stop()
    {
        var sentences = ProseText.SplitSentences("The last occupation troops left the country on 27 June 1991[55] During a visit to Prague in 2007, Putin spoke.");

        Assert.Equal(["The last occupation troops left the country on 27 June 1991", "During a visit to Prague in 2007, Putin spoke."], sentences);
    }

    [Fact]
    public void Citation_followed_by_a_lower_case_word_stays_inside_the_sentence()
    {
        var sentences = ProseText.SplitSentences("Given a free hand by the protocol of August 1939,[16] the Soviet Union pressured the three countries.");

        Assert.Equal(["Given a free hand by the protocol of August 1939, the Soviet Union pressured the three countries."], sentences);
    }

    [Theory]
    [InlineData("In 1945 U.S. forces landed in southern Korea.")]
    [InlineData("In 1945 the U.S. Army landed in southern Korea.")]
    [InlineData("The historian Richard B. Frank wrote about the surrender.")]
    [InlineData("Gen. Zhukov and Dr. Sorge were both mentioned.")]
    [InlineData("On October 10 in another Senate speech Sen. Keating reaffirmed his warning.")]
    [InlineData("Maj. Gen. Pliyev and Amb. Alekseyev met Rep. Smith.")]
    [InlineData("Supplies went via e.g. Iran and St. Petersburg harbours.")]
    [InlineData("About 7,000 troops, i.e. two brigades, crossed 3.5 km of border.")]
    [InlineData("He said \"No.\" and left.")]
    public void Abbreviations_initials_and_decimals_do_not_end_a_sentence(string text)
    {
        Assert.Equal([text], ProseText.SplitSentences(text));
    }

    [Fact]
    public void Question_and_exclamation_marks_end_sentences()
    {
        Assert.Equal(["Was it a plan?", "Nobody knows!", "The end."], ProseText.SplitSentences("Was it a plan? Nobody knows! The end."));
    }

    [Fact]
    public void Closing_quote_after_the_full_stop_stays_with_its_sentence()
    {
        Assert.Equal(["They imposed \"ideologically pure.\"", "Until 1991 it lasted."], ProseText.SplitSentences("They imposed \"ideologically pure.\" Until 1991 it lasted."));
    }

    [Fact]
    public void Runs_of_spaces_are_collapsed_and_blank_text_gives_no_sentences()
    {
        Assert.Equal(["A b c."], ProseText.SplitSentences("  A   b \t  c.  "));
        Assert.Empty(ProseText.SplitSentences("   "));
        Assert.Empty(ProseText.SplitSentences("[4][5]"));
    }

    [Theory]
    [InlineData("the Pact.[5][6] Apart", "the Pact. Apart")]
    [InlineData("expanded ^{[4] [5]} the scope", "expanded the scope")]
    [InlineData("some^{who?]} said", "some said")]
    [InlineData("it^{[44]not in citation given]} fell", "it fell")]
    [InlineData("the revolution^{[F 8]}", "the revolution")]
    [InlineData("the revolution [F 8].", "the revolution.")]
    [InlineData("the revolution [citation needed], then", "the revolution, then")]
    [InlineData("this [clarification needed] too", "this too")]
    [InlineData("this [dubious – discuss] too", "this too")]
    public void Citation_marks_are_removed(string text, string expected)
    {
        Assert.Equal(expected, ProseText.RemoveCitations(text));
    }

    [Theory]
    [InlineData("they were \"annexation[s]\" of states")]
    [InlineData("a rifle. [...] If you do")]
    [InlineData("[sic] and [a] and [note]")]
    public void Brackets_that_are_not_citations_are_kept(string text)
    {
        Assert.Equal(text, ProseText.RemoveCitations(text));
    }

    [Fact]
    public void Space_before_a_leading_decimal_point_is_kept()
    {
        Assert.Equal("armed with .303 rifles", ProseText.RemoveCitations("armed with .303 rifles"));
    }
}
