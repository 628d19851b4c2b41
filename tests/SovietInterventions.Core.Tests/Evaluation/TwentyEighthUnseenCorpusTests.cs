namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The twenty-eighth unseen corpus, written on 5 December 2026 by the unseen28 helper and annotated before its first import, in
/// the common styles (an AI-style article with front matter, an Obsidian export, a Wikipedia article copied as text, wikitext, a
/// teacher's table with non-Soviet rows, an Org-mode study guide, a book chapter hard-wrapped with page furniture, a slide deck;
/// docs/evaluation.md).
/// </summary>
public sealed class TwentyEighthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen28", "unseen28.annotation.json");

/// <summary>The common checks, and the first-import faults mended since.</summary>
public sealed class TwentyEighthUnseenCorpusTests(TwentyEighthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<TwentyEighthUnseenCorpusFixture>
{
    [Fact]
    public void A_sentence_a_page_break_cut_finds_spain()
    {
        // "… and Soviet pilots helped to save" | page 97 | "98  THE LONG REACH" | "Madrid from the first Nationalist assault."
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("spain") && e.StartYear == 1936);
    }

    [Fact]
    public void The_arab_israeli_conflict_names_no_target()
    {
        // "a direct military intervention in the Arab-Israeli conflict, not merely an advisory mission".
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("israel"));
    }

    [Fact]
    public void A_state_of_emergency_a_soviet_commandant_proclaims_finds_east_germany_1953()
    {
        // "the Soviet commandant of the city, Major General Pavel Dibrova, proclaims a state of emergency in East Berlin at 1 p.m."
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("east-germany") && e.StartYear == 1953);
    }
}
