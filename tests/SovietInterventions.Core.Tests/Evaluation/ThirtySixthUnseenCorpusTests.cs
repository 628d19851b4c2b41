namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The thirty-sixth unseen corpus, written on 6 December 2026 by a helper that read only the annotation format, the notes of
/// earlier corpora and the country slugs, and annotated before its first import: a board wargame's scenario book as a PDF text
/// layer, a Fountain screenplay, fan subtitles (ASS), a Telegram HTML export, a Hacker News thread, an eBay listing, a MariaDB
/// dump and an OCR'd FBIS Daily Report (docs/evaluation.md).
/// </summary>
public sealed class ThirtySixthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen36", "unseen36.annotation.json");

/// <summary>The common checks; its first import's faults are open (docs/evaluation.md).</summary>
public sealed class ThirtySixthUnseenCorpusTests(ThirtySixthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<ThirtySixthUnseenCorpusFixture>;
