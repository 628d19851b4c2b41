namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The sixteenth unseen corpus, written on 5 December 2026 by the unseen16 helper and annotated before its first import (a
/// mailing-list archive, a Quarto document, a Confluence export, an exam mark scheme, a Discord export, a journal article's
/// PDF text, a Google Docs export and a Zotero notes export; docs/evaluation.md). At that import the mark scheme's wrapped
/// list items were read line by line and the article's headings, set right above their paragraphs, as prose.
/// </summary>
public sealed class SixteenthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen16", "unseen16.annotation.json");

/// <summary>The common checks, and the two first-import faults mended since.</summary>
public sealed class SixteenthUnseenCorpusTests(SixteenthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<SixteenthUnseenCorpusFixture>
{
    [Fact]
    public void A_mark_schemes_wrapped_list_item_tells_the_invasion_it_lists()
    {
        // "  - Operation Danube: on the night of 20-21 August 1968 Soviet, Polish," ⏎ "    Hungarian and Bulgarian troops invaded, …"
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("czechoslovakia") && e.StartYear == 1968 && e.EndYear == 1968);
    }

    [Fact]
    public void Each_section_of_a_journal_article_under_its_own_heading_is_its_episode()
    {
        // "Ethiopia, 1977–1978" and "Mozambique, 1976–1990", each right above its section's first paragraph.
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("ethiopia") && e.StartYear == 1977 && e.EndYear == 1978);
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("mozambique") && e.StartYear == 1976 && e.EndYear == 1990);
    }
}
