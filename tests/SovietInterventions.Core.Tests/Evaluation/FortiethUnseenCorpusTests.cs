namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The fortieth unseen corpus, written on 7 December 2026 by a helper that read only the annotation format, the notes of
/// earlier corpora and the country slugs, and annotated before its first import: a ChatGPT conversations.json export, a
/// Telegram channel's result.json, a LibreOffice flat ODT seminar paper with tracked changes, DocBook 5 teaching notes, an ALTO
/// OCR newspaper page, a RIS reading list, a Jira wiki-markup brief and a Redmine Textile page (docs/evaluation.md).
/// </summary>
public sealed class FortiethUnseenCorpusFixture() : UnseenCorpusFixture("Unseen40", "unseen40.annotation.json");

/// <summary>The common checks; its first import's faults that are left are open (docs/evaluation.md).</summary>
public sealed class FortiethUnseenCorpusTests(FortiethUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<FortiethUnseenCorpusFixture>;
