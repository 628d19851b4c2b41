using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

public class TimelineEntriesTests
{
    private static List<Block> Prose(string text) =>
        PlainTextArticleParser.Parse(Of(text, "timeline.txt")).Blocks.Where(b => b.Kind != PassageKind.Heading).ToList();

    private const string Timeline = """
        COLD WAR CRISES -- working timeline
        (compiled for a quiz night; the long paragraph below is only here so that the page has run-on prose. It has two sentences.)

        1956-10-24 — Soviet tanks enter Budapest; Imre Nagy named premier
        29 Oct 1956: Israel invades Sinai
        Aug. '60 — Khrushchev sends Lumumba ten transports with Soviet crews;
                     used to fly troops to South Kasai
        Jul.-Sep. '62 — troops shipped to Cuba under Gen. Issa Pliyev
        end May '62 — a delegation in Havana
        """;

    [Fact]
    public void Each_line_that_opens_with_a_date_is_an_entry_of_its_own_with_its_date()
    {
        var entries = Prose(Timeline).Where(b => b.Kind == PassageKind.ListItem).Select(b => b.Text).ToList();

        Assert.Equal(
            [
                "1956-10-24 — Soviet tanks enter Budapest; Imre Nagy named premier",
                "29 Oct 1956: Israel invades Sinai",
                "Aug. '60 — Khrushchev sends Lumumba ten transports with Soviet crews; used to fly troops to South Kasai",
                "Jul.-Sep. '62 — troops shipped to Cuba under Gen. Issa Pliyev",
                "end May '62 — a delegation in Havana",
            ],
            entries);
    }

    [Fact]
    public void A_single_dated_line_in_prose_is_prose()
    {
        var blocks = Prose("""
            Notes on Hungary

            The rising began with a student march in Budapest and spread to the provinces within a day or two of
            1956: a year the students remembered as the end of hope.
            """);

        Assert.DoesNotContain(blocks, b => b.Kind == PassageKind.ListItem);
    }
}
