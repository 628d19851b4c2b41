namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The twenty-seventh unseen corpus, written on 5 December 2026 by the unseen27 helper and annotated before its first import, in
/// the common styles (a Hugo post with front matter, an Obsidian note, a magazine article copied as text, wikitext, revision
/// notes with a yes/no table, a saved HTML course page, a PDF-exported lecture transcript, a forum thread; docs/evaluation.md).
/// </summary>
public sealed class TwentySeventhUnseenCorpusFixture() : UnseenCorpusFixture("Unseen27", "unseen27.annotation.json");

/// <summary>The common checks, and the first-import faults mended since.</summary>
public sealed class TwentySeventhUnseenCorpusTests(TwentySeventhUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<TwentySeventhUnseenCorpusFixture>
{
    [Fact]
    public void Rows_and_clauses_about_other_powers_make_no_episode()
    {
        // "what Moscow did: nothing — Allies (UK, US, France, Japan) landed IN Russia"; "joint invasion with Britain";
        // "Berlin in June 1953, where Soviet tanks put down the workers' rising …, and Prague in August 1968".
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("japan") && e.StartYear == 1920);
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("united-kingdom"));
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("czechoslovakia") && e.StartYear == 1953);
        // "1931 — country: Manchuria; what Moscow did: protested only …; type: Japanese invasion ≠ Soviet".
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("china") && e.StartYear is 1931 or 1932);
    }

    [Fact]
    public void A_year_of_a_person_s_past_and_a_republic_merged_later_make_no_episode()
    {
        // "… Kuusinen, a Finnish communist who had lived in the Soviet Union since 1918"; "installed Kapsukas, whose Lithuanian
        // Soviet Republic was merged in February into the short-lived "Litbel" with Belorussia".
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("finland") && e.StartYear == 1918);
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("belarus"));
    }

    [Fact]
    public void Urga_taken_on_a_date_and_then_a_capture_find_mongolia_1921()
    {
        // "Red Army plus Sükhbaatar's partisans took Urga on 6 July 1921 and captured Baron Ungern."
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("mongolia") && e.StartYear == 1921);
    }

    [Fact]
    public void A_passive_aside_between_commas_leaves_the_railway_war_its_own_act()
    {
        // "In October and November 1929 Bliukher's troops, supported by the Amur Flotilla, struck at Lahasusu and Fujin …, at
        // Manzhouli and Zhalainuoer in western Manchuria."
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("china") && (e.StartYear, e.EndYear) == (1929, 1929));
    }
}
