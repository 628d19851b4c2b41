namespace SovietInterventions.Core.Tests.Import.Formats.Org;

/// <summary>An Org outline through the whole import: its headlines date the day-and-month entries below them, and its
/// drawers, planning lines and timestamps date nothing.</summary>
public class OrgImportTests
{
    private const string Outline = "#+TITLE: Two crises\n#+DATE: <2023-05-02 Tue>\n#+OPTIONS: toc:nil\n\n"
        + "* Case 1: Hungary, 1956                                        :hungary:\n  :PROPERTIES:\n  :CREATED: [2023-04-30 Sun 09:00]\n  :END:\n"
        + "  Soviet tanks attacked Budapest in November 1956 and crushed\n  the uprising within a week; the new government\n  was installed from outside the capital.\n"
        + "** TODO Check the casualty figures for 1956\n   - <2024-01-09 Tue> the archive list for 1956 was\n     no help at all.\n\n"
        + "* Case 2: Estonia and Lithuania, June 1940                        :baltic:\n  :PROPERTIES:\n  :CREATED: [2023-05-01 Mon 10:00]\n  :YEARS: 1940\n  :END:\n"
        + "** Entry\n   - 17 June: Soviet troops marched into Estonia and\n     Lithuania; the presidents gave way.\n"
        + "** Later\n   Both governments had signed base treaties the year before,\n   and the garrisons were already on their soil when the\n   demands came.\n";

    [Fact]
    public void A_day_and_month_under_a_dated_headline_takes_that_headlines_year_and_its_item_runs_on_over_the_next_line()
    {
        var model = TestImport.Of(("two-crises.org", Outline));

        var baltic = Assert.Single(model.Episodes, e => e.Draft.Targets.Contains("estonia"));
        Assert.Equal(1940, baltic.Draft.StartYear);
        Assert.Contains("lithuania", baltic.Draft.Targets);
        Assert.Contains(model.Episodes, e => e.Draft.Targets.Contains("hungary") && e.Draft.StartYear == 1956);
        Assert.DoesNotContain(model.Episodes, e => e.Draft.StartYear >= 2023 || e.Draft.EndYear >= 2023);
    }
}
