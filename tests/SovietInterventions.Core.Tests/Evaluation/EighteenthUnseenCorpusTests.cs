namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The eighteenth unseen corpus, written on 5 December 2026 by the unseen18 helper and annotated before its first import (a
/// TiddlyWiki tiddler, a course syllabus, translated Soviet press statements, a workshop programme with abstracts, an archive
/// finding aid, a student essay with tracked changes, an email newsletter and a spreadsheet comparison matrix;
/// docs/evaluation.md). At its first import the newsletter's bulleted titles in capitals ("* 20 AUGUST 1939 - KHALKHIN GOL")
/// were read as prose, so Khalkhin Gol had no section and its passages went to the Mongolia episode of 1921.
/// </summary>
public sealed class EighteenthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen18", "unseen18.annotation.json");

/// <summary>The common checks, and the first-import faults mended since.</summary>
public sealed class EighteenthUnseenCorpusTests(EighteenthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<EighteenthUnseenCorpusFixture>
{
    [Fact]
    public void A_newsletters_bulleted_title_in_capitals_makes_khalkhin_gol_an_episode_of_its_own()
    {
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("mongolia") && e.StartYear == 1939 && e.EndYear == 1939);
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("mongolia") && e.StartYear == 1921 && e.Sources.Contains("ColdWarDesk_newsletter_issue212.txt"));
    }
}
