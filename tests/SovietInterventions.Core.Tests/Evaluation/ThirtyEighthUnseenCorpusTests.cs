namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The thirty-eighth unseen corpus, written on 7 December 2026 by a helper that read only the annotation format, the notes of
/// earlier corpora and the country slugs, and annotated before its first import: a Word document's XML with tracked changes, a
/// GeoJSON map layer, a medals auction catalogue, a House of Lords debate, a Docusaurus MDX page, a newspaper obituary, a GitHub
/// issue page and a 1992 mainframe print file (docs/evaluation.md).
/// </summary>
public sealed class ThirtyEighthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen38", "unseen38.annotation.json");

/// <summary>The common checks; its first import's faults are open (docs/evaluation.md).</summary>
public sealed class ThirtyEighthUnseenCorpusTests(ThirtyEighthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<ThirtyEighthUnseenCorpusFixture>;
