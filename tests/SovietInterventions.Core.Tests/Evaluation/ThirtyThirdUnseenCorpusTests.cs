namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The thirty-third unseen corpus, written on 6 December 2026 by a helper that read only the annotation format and the country
/// slugs, and annotated before its first import: an Obsidian literature note from Zotero with highlights, a podcast transcript,
/// a museum's wall texts, a Wikipedia article saved as text, a MediaWiki article with an infobox and references, a teacher's
/// lesson plan with a timeline table, a saved blog page with its comments, and a LaTeX article draft (docs/evaluation.md).
/// </summary>
public sealed class ThirtyThirdUnseenCorpusFixture() : UnseenCorpusFixture("Unseen33", "unseen33.annotation.json");

/// <summary>The common checks; its first import's faults are open (docs/evaluation.md).</summary>
public sealed class ThirtyThirdUnseenCorpusTests(ThirtyThirdUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<ThirtyThirdUnseenCorpusFixture>;
