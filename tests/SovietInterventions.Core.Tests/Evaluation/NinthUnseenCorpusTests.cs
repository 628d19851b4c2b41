namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The ninth unseen corpus, written on 3 December 2026 by the unseen9 helper and annotated before its first import
/// (two scraped Wikipedia-like articles, MediaWiki with an infobox and refs, front-matter Markdown, two Obsidian notes,
/// revision notes with a table and a blog essay with comments; docs/evaluation.md). At that import the whole folder was
/// refused: an aid act whose phrase held its place ("fought over Madrid … in") cut text backwards.
/// </summary>
public sealed class NinthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen9", "unseen9.annotation.json");

/// <summary>The common checks, and two of the corpus's traps that hold since its first import's fixes: Britain, which
/// invaded Iran beside the Soviet Union, is no target, and the occupation of Iran is one episode to its end in 1946.</summary>
public sealed class NinthUnseenCorpusTests(NinthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<NinthUnseenCorpusFixture>
{
    [Fact]
    public void A_power_that_invaded_beside_the_soviet_side_is_no_target()
    {
        var targeted = unseen.Imported.Where(e => e.Targets.Contains("united-kingdom")).Select(e => e.Slug);

        Assert.Equal(Array.Empty<string>(), targeted.ToArray());
    }

    [Fact]
    public void An_occupation_the_article_says_began_and_ended_is_one_episode_over_its_years()
    {
        var iran = unseen.Imported.Where(e => e.Targets.Contains("iran")).Select(e => $"{e.StartYear}-{e.EndYear}");

        Assert.Equal(["1941-1946"], iran.ToArray());
    }
}
