namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The forty-first unseen corpus, written on 7 December 2026 by a helper that read only the annotation format, the notes of
/// earlier corpora and the country slugs, and annotated before its first import, in the everyday styles users have: a Markdown
/// note with YAML front matter and a table, an Obsidian map-of-content note, a browser-copied review with its cookie banner and
/// comments, MediaWiki wikitext, telegraphic revision notes, a saved university blog page, an essay draft with commentary and a
/// bibliography, and a tracker CSV (docs/evaluation.md).
/// </summary>
public sealed class FortyFirstUnseenCorpusFixture() : UnseenCorpusFixture("Unseen41", "unseen41.annotation.json");

/// <summary>The common checks; its first import's faults that are left are open (docs/evaluation.md).</summary>
public sealed class FortyFirstUnseenCorpusTests(FortyFirstUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<FortyFirstUnseenCorpusFixture>;
