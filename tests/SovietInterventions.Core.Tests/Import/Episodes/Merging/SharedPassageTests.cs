using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Import.Episodes.Merging;

/// <summary>A passage that tells two episodes is a source of both, and the facts of neither change.</summary>
public sealed class SharedPassageTests
{
    private static IEnumerable<string> Sources(ImportModel model, string target) =>
        model.Episodes.Single(e => e.Draft.Targets.Contains(target)).Draft.Passages.Concat(
            model.Episodes.Single(e => e.Draft.Targets.Contains(target)).Draft.SharedPassages).Select(p => p.Document.FileName).Distinct();

    [Fact]
    public void A_dated_line_naming_two_episodes_targets_is_a_source_of_both()
    {
        var notes = "# Notes\n\n## Was it planned?\n\n- took a buffer zone in 1939-1940 (Baltic states and Finland)\n";
        var model = TestImport.Of(("a.wiki", TwoSectionWiki.Text), ("n.md", notes));
        Assert.Contains("n.md", Sources(model, "finland"));
        Assert.Contains("n.md", Sources(model, "estonia"));
    }

    [Fact]
    public void A_shared_passage_changes_no_years_of_the_episode_it_is_shared_with()
    {
        var notes = "# Notes\n\n## Was it planned?\n\n- took a buffer zone in 1939-1941 (Baltic states and Finland)\n";
        var model = TestImport.Of(("a.wiki", TwoSectionWiki.Text), ("n.md", notes));
        var finland = model.Episodes.Single(e => e.Draft.Targets.Contains("finland")).Draft;
        var baltic = model.Episodes.Single(e => e.Draft.Targets.Contains("estonia")).Draft;
        Assert.Equal((1939, 1940), (finland.StartYear, finland.EndYear));
        Assert.Equal((1940, 1940), (baltic.StartYear, baltic.EndYear));
    }

    [Theory]
    [InlineData("In 1940 the Finnish and Czechoslovak envoys met in Paris, and Finland signed a treaty.", false)]
    [InlineData("In 1940 Soviet troops still occupied parts of Finland, and Czechoslovak exiles met in Paris.", true)]
    public void A_sentence_in_another_episodes_section_is_shared_only_when_it_states_an_act(string sentence, bool shared)
    {
        var other = $"= Other =\n\n==== 1938–1945: Czechoslovakia ====\n\nIn 1945 the Red Army occupied Prague.\n\n{sentence}\n";
        var model = TestImport.Of(("a.wiki", TwoSectionWiki.Text), ("b.wiki", other));
        Assert.Equal(shared, Sources(model, "finland").Contains("b.wiki"));
    }

    [Theory]
    [InlineData("Apart from the buffer zone taken from Finland, the USSR also occupied the Baltic states in 1940.", false)]
    [InlineData("Apart from the Molotov–Ribbentrop Pact and the post-war border with Finland, the USSR also occupied the Baltic states in 1940.", false)]
    [InlineData("Besides, the USSR took a buffer zone from Finland and occupied the Baltic states in 1940.", true)]
    [InlineData("The USSR occupied the Baltic states in 1940, apart from the buffer zone taken from Finland.", true)]
    [InlineData("Apart from Finland, which the Red Army invaded, the USSR also occupied the Baltic states in 1940.", true)]
    public void A_country_a_sentence_sets_aside_in_its_opening_words_is_not_told_by_it(string sentence, bool shared)
    {
        var notes = $"# Notes\n\n## Was it planned?\n\n{sentence}\n";
        var model = TestImport.Of(("a.wiki", TwoSectionWiki.Text), ("n.md", notes));
        Assert.Equal(shared, Sources(model, "finland").Contains("n.md"));
        Assert.Contains("n.md", Sources(model, "estonia"));
    }
}
