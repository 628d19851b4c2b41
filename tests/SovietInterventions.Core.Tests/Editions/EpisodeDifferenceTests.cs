using SovietInterventions.Core.Editions;

namespace SovietInterventions.Core.Tests.Editions;

public sealed class EpisodeDifferenceTests
{
    static EpisodeSnapshot Episode(string summary, params string[] passages) =>
        new("1900-somewhere", "Somewhere (1900)", "invasion", "1900", null, summary, ["Somewhere (target)"], [], passages, []);

    [Fact]
    public void Equal_snapshots_have_no_difference()
    {
        Assert.False(EpisodeDifference.Between(Episode("A.", "One.", "Two."), Episode("A.", "One.", "Two.")).Changed);
    }

    [Fact]
    public void A_replaced_passage_reads_removed_then_added_in_place_between_unchanged_ones()
    {
        var difference = EpisodeDifference.Between(Episode("A.", "One.", "Two.", "Three."), Episode("A.", "One.", "Deux.", "Three."));

        var passages = difference.Fields.Single(f => f.Field == "Passages").Lines;
        Assert.Equal(
            [(LineChange.Unchanged, "One."), (LineChange.Removed, "Two."), (LineChange.Added, "Deux."), (LineChange.Unchanged, "Three.")],
            passages.Select(l => (l.Change, l.Text)));
        Assert.False(difference.Fields.Single(f => f.Field == "Summary").Changed);
    }

    [Fact]
    public void An_episode_missing_from_the_older_edition_is_added_with_every_line_added()
    {
        var difference = EpisodeDifference.Between(null, Episode("A.", "One."));

        Assert.True(difference.Added);
        Assert.All(difference.Fields.SelectMany(f => f.Lines), l => Assert.Equal(LineChange.Added, l.Change));
    }
}

public sealed class WordDifferenceTests
{
    [Fact]
    public void An_edited_sentence_keeps_its_words_and_marks_only_the_words_added()
    {
        var pieces = WordDifference.Between("Tanks entered the city.", "Tanks entered the city at dawn.");

        Assert.Equal("Tanks entered the city at dawn.", string.Concat(pieces.Where(p => p.Change != LineChange.Removed).Select(p => p.Text)));
        Assert.Equal("Tanks entered the city.", string.Concat(pieces.Where(p => p.Change != LineChange.Added).Select(p => p.Text)));
        Assert.Contains(pieces, p => p.Change == LineChange.Added && p.Text.Contains("dawn"));
        Assert.DoesNotContain(pieces, p => p.Change != LineChange.Unchanged && p.Text.Contains("Tanks"));
        Assert.True(WordDifference.IsEdit(pieces));
    }

    [Fact]
    public void A_sentence_with_nothing_in_common_is_a_rewrite_not_an_edit() =>
        Assert.False(WordDifference.IsEdit(WordDifference.Between("Tanks entered the city.", "Advisers trained pilots abroad.")));
}
