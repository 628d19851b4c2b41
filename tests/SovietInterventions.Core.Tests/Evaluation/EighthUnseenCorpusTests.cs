namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The eighth unseen corpus, written on 2 December 2026 by the unseen8 helper and annotated before its first import
/// (a Jupyter notebook, a DokuWiki page, a lecture saved from Word as filtered HTML, a BibTeX reading list, an RTF
/// commentary, a typed exam answer, a Mastodon thread and a forum thread; docs/evaluation.md).
/// At that import the whole folder was refused: the notebook and the RTF file were an unknown format.
/// </summary>
public sealed class EighthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen8", "unseen8.annotation.json");

/// <summary>The common checks, and two of the corpus's traps that hold: dates of posts and exports, and other powers' acts
/// beside the Soviet ones. The third does not hold yet (docs/evaluation.md): Putin, Saakashvili and Chennault, named
/// beside the cases, are listed as actors.</summary>
public sealed class EighthUnseenCorpusTests(EighthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<EighthUnseenCorpusFixture>
{
    [Fact]
    public void No_post_export_or_commentary_year_makes_an_episode()
    {
        // The documents were posted, edited and exported between 2015 and 2025 and compare with 2008, 2021 and 2022;
        // every Soviet act they tell lies between 1918 and 1989.
        var outOfPeriod = unseen.Imported.Where(e => e.StartYear < 1917 || e.EndYear > 1991).Select(e => $"{e.Slug} {e.StartYear}-{e.EndYear}");

        Assert.Equal(Array.Empty<string>(), outOfPeriod.ToArray());
    }

    [Fact]
    public void No_power_that_acted_on_its_own_and_no_place_a_raid_reached_becomes_a_target()
    {
        // Britain, Belgium, the United States, Israel and Turkey act beside the Soviet cases (the Jupiter missiles, the
        // Belgian paratroops, the Bekaa strike); Formosa was bombed in a raid that belongs to the China case. Lebanon, where
        // Israel struck the Syrian missiles, is not checked yet: it is listed beside Syria in 1982 (docs/evaluation.md).
        string[] others = ["united-kingdom", "belgium", "united-states", "israel", "turkey", "taiwan"];
        var targeted = unseen.Imported.Where(e => e.Targets.Intersect(others).Any()).Select(e => $"{e.Slug} ({string.Join(", ", e.Targets)})");

        Assert.Equal(Array.Empty<string>(), targeted.ToArray());
    }
}
