namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The thirtieth unseen corpus, written on 5 December 2026 by a helper that read only the annotation format and the country
/// slugs, and annotated before its first import, in the common styles (front matter, an Obsidian note, a scraped article, an
/// HTML exhibition page, wikitext, teacher's notes with tables, a podcast transcript, an e-mail thread; docs/evaluation.md).
/// </summary>
public sealed class ThirtiethUnseenCorpusFixture() : UnseenCorpusFixture("Unseen30", "unseen30.annotation.json");

/// <summary>The common checks; its first import's faults are open (docs/evaluation.md).</summary>
public sealed class ThirtiethUnseenCorpusTests(ThirtiethUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<ThirtiethUnseenCorpusFixture>;
