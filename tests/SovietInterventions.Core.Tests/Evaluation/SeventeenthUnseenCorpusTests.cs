namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The seventeenth unseen corpus, written on 5 December 2026 by the unseen17 helper and annotated before its first import (a
/// Logseq page, a DokuWiki page, 1956 wire dispatches, a Markdown note with mermaid charts, an OCR'd 1986 reference book, a
/// Moodle GIFT quiz, an oral-history transcript and a Notion export; docs/evaluation.md). At that import the quiz was read as
/// plain text (a statement it marks false made an episode of its own), the Notion toggles' summaries were dropped, so their
/// write-ups had no heading, and "the Congo" named no country.
/// </summary>
public sealed class SeventeenthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen17", "unseen17.annotation.json");

/// <summary>The common checks, and the first-import faults mended since.</summary>
public sealed class SeventeenthUnseenCorpusTests(SeventeenthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<SeventeenthUnseenCorpusFixture>
{
    [Fact]
    public void A_statement_the_quiz_marks_false_makes_no_episode()
    {
        // "Soviet troops entered Poland in December 1981 to crush Solidarity.{FALSE#…}"
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("poland") && e.StartYear == 1981);
    }

    [Fact]
    public void A_notion_toggles_summary_heads_its_write_up()
    {
        // "<summary>Afghanistan — December 1979 to February 1989</summary>" over "- 25 December 1979: the 40th Army starts crossing …"
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("afghanistan") && e.StartYear == 1979 && e.EndYear == 1989);
    }

    [Fact]
    public void The_congo_of_1960_is_the_state_of_leopoldville()
    {
        // "Congo airlift — August–September 1960": "In August the Soviet Union sent around ten Il-14 transports …"
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("congo-leopoldville") && e.StartYear == 1960);
    }
}
