namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The twenty-third unseen corpus, written on 5 December 2026 by the unseen23 helper and annotated before its first import, in
/// the common styles only (front matter, Obsidian notes, a Wikipedia page copied from the browser, a feature wrapped at 80
/// columns, wikitext, revision notes; docs/evaluation.md).
/// </summary>
public sealed class TwentyThirdUnseenCorpusFixture() : UnseenCorpusFixture("Unseen23", "unseen23.annotation.json");

/// <summary>The common checks, and the first-import faults mended since.</summary>
public sealed class TwentyThirdUnseenCorpusTests(TwentyThirdUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<TwentyThirdUnseenCorpusFixture>
{
    [Fact]
    public void Afghanistan_ends_at_the_withdrawal_the_revision_notes_list_under_it()
    {
        // "- **Afghanistan 1979–89**" over "  - withdrawal done 15 Feb 1989", beside a note headed "Afghanistan, December 1979".
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("afghanistan") && (e.StartYear, e.EndYear) == (1979, 1989));
    }

    [Fact]
    public void An_anti_japanese_guerrilla_makes_no_episode_of_japan()
    {
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.SequenceEqual(["japan"]) && e.StartYear == 1945);
    }
}
