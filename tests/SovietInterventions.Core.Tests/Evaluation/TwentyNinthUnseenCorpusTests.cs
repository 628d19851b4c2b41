namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The twenty-ninth unseen corpus, written on 5 December 2026 by the unseen29 helper after the session's rules and annotated
/// before its first import, in the common styles (a knowledge-base note with front matter, an Obsidian research log, an
/// encyclopedia page copied with its debris, wikitext, revision notes with a "Soviet?" column, a spreadsheet export, an e-mail
/// thread, a podcast transcript; docs/evaluation.md).
/// </summary>
public sealed class TwentyNinthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen29", "unseen29.annotation.json");

/// <summary>The common checks; its first import's faults are open (docs/evaluation.md).</summary>
public sealed class TwentyNinthUnseenCorpusTests(TwentyNinthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<TwentyNinthUnseenCorpusFixture>;
