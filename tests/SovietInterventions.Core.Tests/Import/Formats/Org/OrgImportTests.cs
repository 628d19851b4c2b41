namespace SovietInterventions.Core.Tests.Import.Formats.Org;

/// <summary>An Org outline through the whole import: its headlines date the day-and-month entries below them.</summary>
public class OrgImportTests
{
    private const string Outline = "#+TITLE: Two crises\n#+DATE: <2023-05-02 Tue>\n\n"
        + "* Hungary, 1956                                                  :hungary:\n  :PROPERTIES:\n  :CREATED: [2023-04-30 Sun 09:00]\n  :END:\n"
        + "** Events\n   - 4 November: Soviet tanks attacked Budapest and crushed\n     the uprising.\n"
        + "* Czechoslovakia, August 1968\n** Events\n   - 21 August: Soviet and Warsaw Pact troops invaded Czechoslovakia\n     and occupied Prague.\n"
        + "** TODO Find the order of battle\n   DEADLINE: <2024-03-01 Fri>\n";

    [Fact]
    public void A_day_and_month_under_a_dated_headline_takes_that_headlines_year()
    {
        var model = TestImport.Of(("two-crises.org", Outline));

        Assert.Contains(model.Episodes, e => e.Draft.Targets.Contains("czechoslovakia") && e.Draft.StartYear == 1968);
        Assert.Contains(model.Episodes, e => e.Draft.Targets.Contains("hungary") && e.Draft.StartYear == 1956);
        Assert.DoesNotContain(model.Episodes, e => e.Draft.StartYear >= 2023 || e.Draft.EndYear >= 2023);
    }
}
