namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The nineteenth unseen corpus, written on 5 December 2026 by the unseen19 helper and annotated before its first import (a TEI
/// XML chronicle, an e-mail thread, a saved AskHistorians page, an Anki deck export, a Marp slide deck, a Zotero annotations
/// export, a WebVTT lecture and a Word essay saved as text; docs/evaluation.md). At its first import the TEI chronicle was
/// refused as an unknown format, which failed the whole import.
/// </summary>
public sealed class NineteenthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen19", "unseen19.annotation.json");

/// <summary>The common checks (every document imported, the TEI chronicle among them), and the first-import faults mended since.</summary>
public sealed class NineteenthUnseenCorpusTests(NineteenthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<NineteenthUnseenCorpusFixture>
{
    [Fact]
    public void The_tei_chronicles_entries_are_told_by_it()
    {
        // "<head>Georgia, <date …>February–March 1921</date></head>" over the invasion of 16 February 1921.
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("georgia") && e.StartYear == 1921 && e.Sources.Contains("southern_frontier_chronicle.tei.xml"));
    }
}
