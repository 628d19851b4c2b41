namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The seventh unseen corpus, written on 2 December 2026 by the unseen7 helper and annotated before its first import
/// (LaTeX lecture notes, an AsciiDoc handout, a teacher's TSV timeline, a Google Docs Markdown export, a Logseq page, an
/// e-mail saved as .eml, documentary subtitles as .srt and a Marp slide deck; docs/evaluation.md).
/// At that import every document was accepted, though the subtitles' cue text was lost (only the timestamps were kept).
/// </summary>
public sealed class SeventhUnseenCorpusFixture() : UnseenCorpusFixture("Unseen7", "unseen7.annotation.json");

/// <summary>The common checks, and what held at the first import: no writer is an actor, no later year makes an episode,
/// no power that acted on its own or only as an ally becomes a target.</summary>
public sealed class SeventhUnseenCorpusTests(SeventhUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<SeventhUnseenCorpusFixture>
{
    [Fact]
    public void No_author_teacher_interviewee_or_historian_of_the_documents_is_an_actor()
    {
        Assert.True(unseen.Card.NonActors == 0, $"non-actors listed: {string.Join(", ", unseen.Card.NonActorsListed)}");
    }

    [Fact]
    public void No_compile_edit_mail_broadcast_or_commentary_year_makes_an_episode()
    {
        // The documents were compiled, edited, mailed, broadcast and revised between 2019 and 2025 and compare with
        // 2014, 2021 and 2022; every Soviet act they tell lies between 1920 and 1991.
        var outOfPeriod = unseen.Imported.Where(e => e.StartYear < 1917 || e.EndYear > 1991).Select(e => $"{e.Slug} {e.StartYear}-{e.EndYear}");

        Assert.Equal(Array.Empty<string>(), outOfPeriod.ToArray());
    }

    [Fact]
    public void No_power_that_acted_on_its_own_or_as_an_ally_becomes_a_target()
    {
        // Germany, Italy, Britain, France, the United States, Cuba and South Africa act beside the Soviet cases (Japan too,
        // but southern Sakhalin is an acceptable extra); Mongolia, Hungary, Bulgaria and East Germany act as Moscow's allies.
        string[] others = ["germany", "italy", "united-kingdom", "france", "united-states", "cuba", "south-africa", "mongolia", "hungary", "bulgaria", "east-germany"];
        var targeted = unseen.Imported.Where(e => e.Targets.Intersect(others).Any()).Select(e => $"{e.Slug} ({string.Join(", ", e.Targets)})");

        Assert.Equal(Array.Empty<string>(), targeted.ToArray());
    }
}
