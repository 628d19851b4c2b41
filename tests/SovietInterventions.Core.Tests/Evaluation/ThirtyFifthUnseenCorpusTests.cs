namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The thirty-fifth unseen corpus, written on 6 December 2026 by a helper that read only the annotation format and the country
/// slugs, and annotated before its first import: a plagiarism checker's report around a student essay, a travel guide's history
/// chapter, a WhatsApp group export, a teacher's calendar export (iCalendar), a dataset's README, a family-tree export (GEDCOM), a
/// film's trivia page copied as text and an exported ChatGPT conversation (docs/evaluation.md).
/// </summary>
public sealed class ThirtyFifthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen35", "unseen35.annotation.json");

/// <summary>The common checks; its first import's faults are open (docs/evaluation.md).</summary>
public sealed class ThirtyFifthUnseenCorpusTests(ThirtyFifthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<ThirtyFifthUnseenCorpusFixture>;
