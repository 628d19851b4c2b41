using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Rst;

public class RstDetectionTests
{
    [Theory]
    [InlineData("Handout\n=======\n\n.. note::\n\n   Bring it along.\n\nThe army crossed the river in May.\n")]
    [InlineData("Handout\n=======\n\nThe army crossed the river [#]_ in May.\n\n.. [#] A book.\n")]
    [InlineData("Handout\n=======\n\n:Date: 2024-02-01\n\nThe army crossed the river in May.\n")]
    public void A_text_file_written_in_reStructuredText_is_read_as_reStructuredText(string text)
    {
        Assert.Equal(SourceFormat.Rst, FormatDetector.Detect(Of(text, "handout.txt")));
    }

    [Fact]
    public void A_file_named_rst_is_read_as_reStructuredText_whatever_its_lines()
    {
        Assert.Equal(SourceFormat.Rst, FormatDetector.Detect(Of("Plain words about a border war in 1939.\n", "handout.rst")));
    }

    [Fact]
    public void Underlined_headings_alone_do_not_make_a_text_reStructuredText()
    {
        const string text = "Poland\n======\n\nThe army crossed the river in May.\n\nAftermath\n---------\n\nIt withdrew in June.\n";

        Assert.NotEqual(SourceFormat.Rst, FormatDetector.Detect(Of(text, "notes.txt")));
    }
}
