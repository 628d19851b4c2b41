namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The thirty-seventh unseen corpus, written on 6 December 2026 by a helper that read only the annotation format, the notes of
/// earlier corpora and the country slugs, and annotated before its first import: LaTeX beamer slides, a Usenet post, a Hearts of
/// Iron IV localisation file, a court judgment, a troff man page, a git format-patch, a history group's minutes and an irssi IRC
/// log (docs/evaluation.md).
/// </summary>
public sealed class ThirtySeventhUnseenCorpusFixture() : UnseenCorpusFixture("Unseen37", "unseen37.annotation.json");

/// <summary>The common checks; its first import's faults are open (docs/evaluation.md).</summary>
public sealed class ThirtySeventhUnseenCorpusTests(ThirtySeventhUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<ThirtySeventhUnseenCorpusFixture>;
