namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The twenty-second unseen corpus, written on 5 December 2026 by the unseen22 helper and annotated before its first import, in
/// the common styles only (front matter, an Obsidian note, scraped articles, wikitext with infoboxes, revision notes with a
/// table; docs/evaluation.md).
/// </summary>
public sealed class TwentySecondUnseenCorpusFixture() : UnseenCorpusFixture("Unseen22", "unseen22.annotation.json");

/// <summary>The common checks, and the first-import faults mended since.</summary>
public sealed class TwentySecondUnseenCorpusTests(TwentySecondUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<TwentySecondUnseenCorpusFixture>
{
    [Fact]
    public void Bessarabia_is_dated_by_its_heading_not_by_the_year_romania_took_it()
    {
        // "On 26 June Molotov handed … an ultimatum: cede Bessarabia, which Moscow had never recognised as Romanian since 1918".
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("romania") && (e.StartYear, e.EndYear) == (1940, 1940));
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("romania") && e.StartYear == 1918);
    }

    [Fact]
    public void A_pact_named_after_a_soviet_minister_makes_no_episode_of_japan()
    {
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("japan"));
    }
}
