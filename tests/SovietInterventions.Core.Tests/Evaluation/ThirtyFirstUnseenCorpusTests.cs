namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The thirty-first unseen corpus, written on 6 December 2026 by a helper that read only the annotation format and the country
/// slugs, and annotated before its first import, in styles the earlier corpora lacked (a Marp slide deck with speaker notes,
/// a scraped forum thread, a PDF-to-text journal article, a Zotero reading note, wikitext with efn notes, a plain-text timeline
/// of mixed date formats, an archive finding aid, a student essay; docs/evaluation.md).
/// </summary>
public sealed class ThirtyFirstUnseenCorpusFixture() : UnseenCorpusFixture("Unseen31", "unseen31.annotation.json");

/// <summary>The common checks; its first import's faults are open (docs/evaluation.md).</summary>
public sealed class ThirtyFirstUnseenCorpusTests(ThirtyFirstUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<ThirtyFirstUnseenCorpusFixture>;
