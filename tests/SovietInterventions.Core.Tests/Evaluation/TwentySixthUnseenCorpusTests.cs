namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The twenty-sixth unseen corpus, written on 5 December 2026 by the unseen26 helper and annotated before its first import, in
/// the common styles (a museum blog with front matter, an Obsidian literature note, a magazine page wrapped at 70 columns,
/// wikitext, a Wikipedia article copied as text, revision notes with "Soviet action" and "type" columns, a lecture handout, an
/// essay; docs/evaluation.md).
/// </summary>
public sealed class TwentySixthUnseenCorpusFixture() : UnseenCorpusFixture("Unseen26", "unseen26.annotation.json");

/// <summary>The common checks, and the first-import faults mended since.</summary>
public sealed class TwentySixthUnseenCorpusTests(TwentySixthUnseenCorpusFixture unseen) : UnseenCorpusChecks(unseen), IClassFixture<TwentySixthUnseenCorpusFixture>
{
    [Fact]
    public void Rows_whose_type_column_names_the_act_find_the_railway_war_and_tuva()
    {
        // "| 1929 | China (Manchuria, the CER) | ODVA under Blyukher -> Sungari + Manzhouli ops | punitive invasion | … |"
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("china") && (e.StartYear, e.EndYear) == (1929, 1929));
        Assert.Contains(unseen.Imported, e => e.Targets.Contains("tannu-tuva") && e.StartYear == 1944);
    }

    [Fact]
    public void Countries_the_aid_to_nicaragua_went_through_make_no_episode()
    {
        // "From 1981 the USSR, directly and through Cuba and Bulgaria, supplied the Sandinista army".
        Assert.DoesNotContain(unseen.Imported, e => e.Targets.Contains("bulgaria") && e.StartYear == 1981);
    }
}
