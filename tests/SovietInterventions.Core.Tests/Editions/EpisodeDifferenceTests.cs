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
