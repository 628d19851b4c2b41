namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The twenty-fifth unseen corpus, written on 5 December 2026 by the unseen25 helper and annotated before its first import, in
/// the common styles (a course reader and an essay with front matter, an Obsidian note with fields, a long read and a Wikipedia
/// article copied as text, wikitext, student notes with a verdict column, a seminar handout; docs/evaluation.md).
/// </summary>
public sealed class TwentyFifthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen25", "unseen25.annotation.json");

/// <summary>The common checks, and the first-import faults mended since.</summary>
public sealed class TwentyFifthUnseenCorpusTests(TwentyFifthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<TwentyFifthUnseenCorpusFixture>
{
    [Fact]
    public void The_british_partner_of_1941_and_a_commanders_earlier_career_make_no_episode()
    {
        // "RA invades w/ UK"; "Vasily Blyukher, who had served in China in 1924–1927 as chief military adviser".
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("united-kingdom"));
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("china") && e.StartYear == 1924);
    }

    [Fact]
    public void Manchukuo_and_manchuria_in_1945_are_one_episode()
    {
        Assert.Single(unseen.Imported, e => (e.Targets.Contains("manchukuo") || e.Targets.Contains("china")) && e.StartYear == 1945);
    }
}
