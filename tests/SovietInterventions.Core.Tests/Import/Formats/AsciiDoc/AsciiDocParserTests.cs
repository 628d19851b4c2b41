using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.AsciiDoc;

public class AsciiDocParserTests
{
    private const string Handout = """
        = Harbours and Fleets
        Sam Teacher <sam@example.org>
        v1.0, 2022-05-01: first issue
        :toc: left
        :description: Notes for the spring class.

        NOTE: Read this before the seminar.

        == The northern harbour

        === Arrival

        The fleet anchored in the bay in 1952.footnote:[The harbour log gives the exact day.]
        See link:https://example.org/map[the harbour map] for the quays.

        * Sailors under Admiral Peter Holm came ashore and
          took over the customs house.
        * The town council met the next day.

        [cols="1,2",options="header"]
        |===
        |Year |Event

        |1953
        |The fleet sailed home.
        |===

        ----
        var notProse = true;
        ----
        """;

    private static ParsedDocument Parse() => DocumentParser.Parse(Of(Handout, "handout.adoc"));

    [Fact]
    public void An_adoc_file_is_read_as_AsciiDoc_with_its_title_and_header_as_metadata()
    {
        var document = Parse();

        Assert.Equal(SourceFormat.AsciiDoc, document.Format);
        Assert.Equal("Harbours and Fleets", document.Title);
        Assert.Equal("Sam Teacher", document.Metadata.Author);
        Assert.Equal("2022-05-01", document.Metadata.Date);
        Assert.DoesNotContain(ProseOf(document), p => p.Contains("toc") || p.Contains("spring class") || p.Contains("Sam Teacher"));
    }

    [Fact]
    public void Section_levels_follow_the_number_of_equals_signs()
    {
        var headings = Parse().Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => (b.Text, b.Depth)).ToList();

        Assert.Equal([("The northern harbour", 2), ("Arrival", 3)], headings);
    }

    [Fact]
    public void An_admonition_reads_as_prose_without_its_label()
    {
        Assert.Contains("Read this before the seminar.", ProseOf(Parse()));
    }

    [Fact]
    public void A_wrapped_list_item_is_one_item()
    {
        var items = Parse().Blocks.Where(b => b.Kind == PassageKind.ListItem).Select(b => b.Text).ToList();

        Assert.Equal(["Sailors under Admiral Peter Holm came ashore and took over the customs house.", "The town council met the next day."], items);
    }

    [Fact]
    public void A_footnote_is_a_reference_and_a_link_reads_its_label()
    {
        var document = Parse();

        Assert.Contains("The harbour log gives the exact day.", document.References);
        Assert.Contains("The fleet anchored in the bay in 1952. See the harbour map for the quays.", ProseOf(document));
    }

    [Fact]
    public void A_table_gives_one_passage_per_row_under_its_header_and_a_listing_block_gives_none()
    {
        var prose = ProseOf(Parse());

        Assert.Contains("1953 — Event: The fleet sailed home.", prose);
        Assert.DoesNotContain(prose, p => p.Contains("notProse") || p.Contains("Year"));
    }
}
