namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The twenty-fourth unseen corpus, written on 5 December 2026 by the unseen24 helper and annotated before its first import, in
/// the common styles (front matter, Obsidian, reading notes, a long read and a Wikipedia page copied as text, wikitext, a
/// revision sheet with marked rows; docs/evaluation.md).
/// </summary>
public sealed class TwentyFourthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen24", "unseen24.annotation.json");

/// <summary>The common checks, and the first-import faults mended since.</summary>
public sealed class TwentyFourthUnseenCorpusTests(TwentyFourthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<TwentyFourthUnseenCorpusFixture>
{
    [Fact]
    public void The_cubans_beside_the_soviet_side_in_ethiopia_make_no_episode_of_cuba()
    {
        // "The Soviet-Cuban intervention had decided the war in about five weeks."
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.SequenceEqual(["cuba"]) && e.StartYear == 1978);
    }

    [Fact]
    public void Bulgaria_1944_keeps_its_year_and_a_remark_or_a_route_in_the_notes_makes_no_episode()
    {
        // "Romania: Vyshinsky forces King Michael …, Feb–Mar 1945"; "(… breaking with Germany — too late)"; "from Romania into the Dobruja".
        Assert.Contains(unseen.Imported, e => e.Targets.SequenceEqual(["bulgaria"]) && (e.StartYear, e.EndYear) == (1944, 1944));
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.SequenceEqual(["germany"]) && e.StartYear == 1944);
    }
}
