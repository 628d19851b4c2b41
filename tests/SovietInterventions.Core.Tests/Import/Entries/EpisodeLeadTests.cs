using SovietInterventions.Core.Tests.Import.Episodes;

namespace SovietInterventions.Core.Tests.Import.Entries;

/// <summary>A lead says who did what, to whom and when: from the sources' sentences where they can, framed by the heading where they cannot.</summary>
public sealed class EpisodeLeadTests
{
    private static IReadOnlyList<string> Lead(string section) =>
        [.. Assert.Single(EpisodeBuilderTests.Import(("a.wiki", $"= Interventions =\n\n{section}\n")).Episodes).Facts.Lead.Select(l => l.Text)];

    [Fact]
    public void An_undated_act_is_framed_by_the_kind_the_place_and_the_headings_years()
    {
        var lead = Lead("==== 1961–1964: Albania ====\n\nThe Soviet Union sent arms and advisers to the rebels of Albania.");

        Assert.Equal(2, lead.Count);
        Assert.Contains("Albania", lead[0]);
        Assert.Contains("1961", lead[0]);
        Assert.Contains("1964", lead[0]);
        Assert.Equal("The Soviet Union sent arms and advisers to the rebels of Albania.", lead[1]);
    }

    [Fact]
    public void An_act_dated_in_its_own_sentence_and_naming_the_place_needs_no_frame()
    {
        var lead = Lead("==== 1961–1964: Albania ====\n\nIn March 1961 Soviet troops invaded Albania.");

        Assert.Equal(["In March 1961 Soviet troops invaded Albania."], lead);
    }

    [Fact]
    public void A_dated_act_joins_an_undated_one_before_any_frame()
    {
        var lead = Lead("==== 1961–1964: Albania ====\n\nSoviet troops invaded Albania to back the rebels. Many towns burned. "
            + "In May 1962 Soviet troops occupied the capital of Albania.");

        Assert.Contains("In May 1962 Soviet troops occupied the capital of Albania.", lead);
        Assert.DoesNotContain(lead, l => l.Contains("lasted from", StringComparison.Ordinal));
    }
}
