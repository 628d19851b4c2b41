namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The forty-third unseen corpus, written on 7 December 2026 by a helper that read only the annotation format, the notes of
/// earlier corpora and the country slugs, and annotated before its first import: an Obsidian literature note, a Wikipedia page
/// copied from the browser, MediaWiki source with an infobox and references, seminar notes with a pipe table, a Marp slide deck
/// with speaker notes, a mailing-list digest, a spreadsheet export with other powers' rows and an HTML essay with comments
/// (docs/evaluation.md).
/// </summary>
public sealed class FortyThirdUnseenCorpusFixture() : UnseenCorpusFixture("Unseen43", "unseen43.annotation.json");

/// <summary>The common checks, and the first-import faults mended since; those left are open (docs/evaluation.md).</summary>
public sealed class FortyThirdUnseenCorpusTests(FortyThirdUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<FortyThirdUnseenCorpusFixture>
{
    /// <summary>The digest reads a post a sentence at a time: "The Soviets did NOT intervene in Poland in 1956." still takes back its
    /// paragraph's columns moving towards Warsaw.</summary>
    [Fact]
    public void A_digest_paragraph_denying_an_intervention_makes_no_episode_of_it() =>
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("poland") && e.StartYear == 1956);
}
