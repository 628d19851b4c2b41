namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The eleventh unseen corpus, written on 3 December 2026 by the unseen11 helper and annotated before its first import
/// (a PDF chapter's extracted text, a forum thread, a textbook chapter, a scraped magazine feature, MediaWiki with an infobox
/// and a table, an Obsidian note, a course page in HTML and terse notes; docs/evaluation.md). At that import Poland 1939
/// ("on the 17th of September 1939"), Mongolia 1921 ("The combined force entered Urga") and Gilan 1920 were missed.
/// </summary>
public sealed class EleventhUnseenCorpusFixture() : UnseenCorpusFixture("Unseen11", "unseen11.annotation.json");

/// <summary>The common checks, and the corpus's traps that hold since its first import's fixes.</summary>
public sealed class EleventhUnseenCorpusTests(EleventhUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<EleventhUnseenCorpusFixture>
{
    [Fact]
    public void Crises_the_notes_mark_as_no_intervention_make_no_episode()
    {
        // "Yugoslavia 1948 — Tito–Stalin split … NOT an intervention", "Poland Dec '81 — martial law by Jaruzelski → NOT an intervention".
        var marked = unseen.Imported.Where(e => e.Targets.Contains("yugoslavia") || e.Targets.Contains("poland") && e.StartYear > 1945).Select(e => e.Slug);

        Assert.Equal(Array.Empty<string>(), marked.ToArray());
    }

    [Fact]
    public void A_day_written_after_on_the_dates_the_invasion_of_Poland()
    {
        Assert.Contains(unseen.Imported, e => e.Targets.SequenceEqual(["poland"]) && e.StartYear == 1939 && e.EndYear == 1939);
    }

    [Fact]
    public void States_whose_forces_fought_beside_the_Soviet_side_are_no_targets()
    {
        // Britain invaded Iran with the Soviet Union in 1941; Cuba's troops fought in Angola and Ethiopia; Mongolia's in 1945.
        var allies = unseen.Imported.Where(e => e.Targets.Intersect(["united-kingdom", "cuba"]).Any() || e.StartYear == 1945 && e.Targets.Contains("mongolia"));

        Assert.Equal(Array.Empty<string>(), allies.Select(e => e.Slug).ToArray());
    }
}
