namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The fifth unseen corpus, written on 2 December 2026 by the unseen5 helper and annotated before its first import
/// (an OCR'd book chapter, a footnoted essay, a teacher's handout, a mailing-list digest, a wikitext list, podcast show
/// notes, a museum catalogue and a bilingual translator's note; docs/evaluation.md).
/// </summary>
public sealed class FifthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen5", "unseen5.annotation.json");

public sealed class FifthUnseenCorpusTests(FifthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<FifthUnseenCorpusFixture>;
