namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The sixth unseen corpus, written on 2 December 2026 by the unseen6 helper and annotated before its first import
/// (a saved web page, a Notion export, an Org outline, a reStructuredText handout, Markdown with an HTML table and
/// details blocks, a Zoom chat, a German and French bilingual worksheet and a Wikipedia select-all copy; docs/evaluation.md).
/// At that import the importer refused the saved web page as "JSON, XML or HTML" and wrote no database at all.
/// </summary>
public sealed class SixthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen6", "unseen6.annotation.json");

/// <summary>The common checks, and what held at the first import: no writer is an actor, no later year makes an episode,
/// no power acting on its own becomes a target.</summary>
public sealed class SixthUnseenCorpusTests(SixthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<SixthUnseenCorpusFixture>
{
    [Fact]
    public void No_author_lecturer_student_or_historian_of_the_documents_is_an_actor()
    {
        Assert.True(unseen.Card.NonActors == 0, $"non-actors listed: {string.Join(", ", unseen.Card.NonActorsListed)}");
    }

    [Fact]
    public void No_publication_meeting_or_commentary_year_makes_an_episode()
    {
        // The documents were saved, edited, taught and published between 2011 and 2025 and compare with 2022;
        // every Soviet act they tell lies between 1934 and 1991.
        var outOfPeriod = unseen.Imported.Where(e => e.StartYear < 1917 || e.EndYear > 1991).Select(e => $"{e.Slug} {e.StartYear}-{e.EndYear}");

        Assert.Equal(Array.Empty<string>(), outOfPeriod.ToArray());
    }

    [Fact]
    public void No_power_that_acted_on_its_own_in_the_documents_becomes_a_target()
    {
        // The United States, Britain, France, Belgium, Israel, Cuba, China, Saudi Arabia, Rhodesia, South Africa and
        // Zimbabwe act in these documents beside the Soviet cases, never as their targets.
        string[] others = ["united-states", "united-kingdom", "france", "belgium", "israel", "cuba", "saudi-arabia", "rhodesia", "south-africa", "zimbabwe", "ukraine"];
        var targeted = unseen.Imported.Where(e => e.Targets.Intersect(others).Any()).Select(e => $"{e.Slug} ({string.Join(", ", e.Targets)})");

        Assert.Equal(Array.Empty<string>(), targeted.ToArray());
    }
}
