using SovietInterventions.Core.Tests.Import.Episodes;

namespace SovietInterventions.Core.Tests.Import.Entries;

public sealed class EpisodeTimelineTests
{
    private static Core.Import.Entries.EpisodeFacts Facts(string section) =>
        Assert.Single(EpisodeBuilderTests.Import(("a.wiki", $"= Interventions =\n\n{section}\n")).Episodes).Facts;

    [Fact]
    public void Events_of_one_date_are_in_the_order_the_document_tells_them()
    {
        var facts = Facts("==== 1961: Albania ====\n\nOn 3 March 1961 the parliament met in the capital to vote on the budget. "
            + "On 3 March 1961 Soviet troops invaded Albania.");

        Assert.Equal(["On 3 March 1961 the parliament met in the capital to vote on the budget.", "On 3 March 1961 Soviet troops invaded Albania."],
            facts.Events.Select(e => e.Text));
    }

    [Fact]
    public void An_event_told_twice_is_one_event_citing_both_passages()
    {
        var facts = Facts("==== 1961: Albania ====\n\nOn 3 March 1961 Soviet troops invaded Albania.\n\nThe Red Army crossed the border of Albania on 3 March 1961.");

        var invasion = Assert.Single(facts.Events);
        Assert.Equal(2, invasion.Sources.Count);
    }
}
