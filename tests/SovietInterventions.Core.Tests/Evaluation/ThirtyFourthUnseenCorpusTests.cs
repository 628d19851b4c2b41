namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The thirty-fourth unseen corpus, written on 6 December 2026 by a helper that read only the annotation format and the country
/// slugs, and annotated before its first import: a textbook chapter extracted from a PDF, an AskHistorians thread saved as
/// Markdown, an AsciiDoc chapter, a TEI XML encyclopedia entry, an OCR'd newspaper page, a Roam Research export, an Anki
/// flashcard export and a hobbyist's YAML data file (docs/evaluation.md).
/// </summary>
public sealed class ThirtyFourthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen34", "unseen34.annotation.json");

/// <summary>The common checks; its first import's faults are open (docs/evaluation.md).</summary>
public sealed class ThirtyFourthUnseenCorpusTests(ThirtyFourthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<ThirtyFourthUnseenCorpusFixture>;
