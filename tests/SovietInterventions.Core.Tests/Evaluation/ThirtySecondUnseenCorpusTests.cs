namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The thirty-second unseen corpus, written on 6 December 2026 by a helper that read only the annotation format and the country
/// slugs, and annotated before its first import: a Jupyter notebook of a student's data cleaning, a chapter exported from Word
/// with tracked changes and comments, a mailing-list digest, documentary subtitles, a CSV chronology mixing Soviet and other
/// rows, a Logseq outline, a teacher's quiz answer key whose wrong options are other powers' acts, and a reStructuredText
/// chapter with admonitions and footnotes (docs/evaluation.md).
/// </summary>
public sealed class ThirtySecondUnseenCorpusFixture() : UnseenCorpusFixture("Unseen32", "unseen32.annotation.json");

/// <summary>The common checks; its first import's faults are open (docs/evaluation.md).</summary>
public sealed class ThirtySecondUnseenCorpusTests(ThirtySecondUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<ThirtySecondUnseenCorpusFixture>;
