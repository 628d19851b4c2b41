namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The thirty-ninth unseen corpus, written on 7 December 2026 by a helper that read only the annotation format, the notes of
/// earlier corpora and the country slugs, and annotated before its first import: a UN Security Council verbatim record as OCR
/// text, a FRUS document page, a phpBB BBCode export, a Typst chapter, a JATS article, an Excel 2003 XML workbook, a Twitter
/// archive's tweets.js and a Gemini gemlog post (docs/evaluation.md).
/// </summary>
public sealed class ThirtyNinthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen39", "unseen39.annotation.json");

/// <summary>The common checks; its first import's faults that are left are open (docs/evaluation.md).</summary>
public sealed class ThirtyNinthUnseenCorpusTests(ThirtyNinthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<ThirtyNinthUnseenCorpusFixture>;
