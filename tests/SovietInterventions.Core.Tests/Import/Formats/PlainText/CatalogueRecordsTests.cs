using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

public class CatalogueRecordsTests
{
    private const string Catalogue = """
        RIVER CRAFT: A CATALOGUE OF BOATS

        7
        Ferry bell of the lower crossing
        Cast bronze; 30 x 22 cm
        Lent by the harbour trust (acquired 1987)

        The bell hung on the ferry that carried the first lorries across the river in the spring of 1931.

        8
        "The quay in flood"
        Oil on board, 40 x 60 cm
        Accession no.: 1999.14

        The painting shows the quay under water after the great thaw of 1947.
        """;

    [Fact]
    public void A_records_number_and_fields_are_no_passage_and_no_metadata_of_the_document()
    {
        var document = PlainTextArticleParser.Parse(Of(Catalogue, "catalogue.txt"));

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("bronze", StringComparison.Ordinal) || b.Text.Contains("1987", StringComparison.Ordinal)
            || b.Text.Contains("Accession", StringComparison.Ordinal) || b.Text is "7" or "8");
        Assert.Equal(DocumentMetadata.None, document.Metadata);
    }

    [Fact]
    public void A_records_object_is_a_caption_and_its_text_stays_prose()
    {
        var blocks = PlainTextArticleParser.Parse(Of(Catalogue, "catalogue.txt")).Blocks;

        Assert.Equal(PassageKind.Caption, Assert.Single(blocks, b => b.Text == "\"The quay in flood\"").Kind);
        Assert.Equal(PassageKind.Paragraph, Assert.Single(blocks, b => b.Text.StartsWith("The bell hung", StringComparison.Ordinal)).Kind);
    }

    [Fact]
    public void One_numbered_line_alone_makes_no_catalogue()
    {
        var (lines, names) = CatalogueRecords.Find(["Notes", "", "3", "Three crossings were made", "in the first week", "", "Text."]);

        Assert.Empty(lines);
        Assert.Empty(names);
    }
}
