using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Tests.Import.Formats.Prose;

public sealed class WordTrigramsTests
{
    [Fact]
    public void A_text_restated_with_other_punctuation_and_case_is_a_repeat()
    {
        const string a = "In the spring of 1950 the army of Ruritania crossed the river and took the capital.";
        const string b = "In the spring of 1950, the army of Ruritania crossed the river and took the capital";

        Assert.Equal(1.0, WordTrigrams.Shared(a, b));
        Assert.True(WordTrigrams.AreRepeats(a, b));
    }

    [Fact]
    public void A_sentence_inside_a_longer_passage_is_a_repeat_of_it()
    {
        const string sentence = "The army of Ruritania crossed the river at dawn.";
        var passage = "Talks had failed by May. " + sentence + " The capital fell a week later.";

        Assert.True(WordTrigrams.AreRepeats(sentence, passage));
    }

    [Fact]
    public void Two_sentences_about_different_things_are_not_repeats()
    {
        Assert.False(WordTrigrams.AreRepeats(
            "The army of Ruritania crossed the river at dawn.",
            "The navy of Borduria blockaded the port in winter."));
    }

    [Fact]
    public void The_share_counts_runs_of_three_words_so_one_changed_word_costs_three_trigrams()
    {
        const string a = "one two three four five six seven";
        const string b = "one two three other five six seven";

        Assert.Equal(5, WordTrigrams.Of(a).Count);
        Assert.Equal(2 / 5.0, WordTrigrams.Shared(a, b), 3);
    }

    [Fact]
    public void Texts_of_fewer_than_three_words_compare_as_a_whole()
    {
        Assert.True(WordTrigrams.AreRepeats("Budapest, 1956", "budapest 1956"));
        Assert.False(WordTrigrams.AreRepeats("Budapest", "Prague"));
        Assert.Equal(0, WordTrigrams.Shared("", "Prague"));
    }
}
