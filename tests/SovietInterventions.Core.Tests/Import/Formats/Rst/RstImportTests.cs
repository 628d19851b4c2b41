namespace SovietInterventions.Core.Tests.Import.Formats.Rst;

/// <summary>A reStructuredText handout through the whole import: its section titles date the day-and-month entries below them.</summary>
public class RstImportTests
{
    private const string Handout = "=============\nTwo crises\n=============\n\n:Date: 2023-05-02\n\n"
        + "1. Hungary, 1956\n================\n\nSoviet tanks attacked Budapest on 4 November 1956 and crushed the uprising.\n\n"
        + "2. Czechoslovakia, 1968\n=======================\n\nEvents\n------\n\n"
        + "* 21 August: Soviet and Warsaw Pact troops invaded\n  Czechoslovakia and occupied Prague.\n";

    [Fact]
    public void A_day_and_month_under_a_dated_section_title_takes_that_titles_year()
    {
        var model = TestImport.Of(("handout.rst", Handout));

        Assert.Contains(model.Episodes, e => e.Draft.Targets.Contains("czechoslovakia") && e.Draft.StartYear == 1968);
        Assert.DoesNotContain(model.Episodes, e => e.Draft.Targets.Contains("czechoslovakia") && e.Draft.StartYear != 1968);
        Assert.DoesNotContain(model.Episodes, e => e.Draft.StartYear >= 2023);
    }
}
