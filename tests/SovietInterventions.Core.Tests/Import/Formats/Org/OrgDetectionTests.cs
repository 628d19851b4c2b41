using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Org;

public class OrgDetectionTests
{
    [Theory]
    [InlineData("#+TITLE: Reading notes\n\nThe army crossed the river in May.\n")]
    [InlineData("* Poland\n  :PROPERTIES:\n  :YEARS: 1920\n  :END:\nThe army crossed the river in May.\n")]
    [InlineData("* Poland\n** Background\nThe army crossed the river in May.\n")]
    public void A_text_file_written_in_Org_is_read_as_Org(string text)
    {
        Assert.Equal(SourceFormat.Org, FormatDetector.Detect(Of(text, "notes.txt")));
    }

    [Fact]
    public void A_file_named_org_is_read_as_Org_whatever_its_first_lines()
    {
        Assert.Equal(SourceFormat.Org, FormatDetector.Detect(Of("Plain words about a border war in 1939.\n", "chapter.org")));
    }

    [Fact]
    public void Markdown_notes_with_star_bullets_are_not_taken_for_Org()
    {
        const string text = "# Poland\n\n* The army crossed the river in May.\n* It withdrew in June.\n\n## Sources\n\n* A book.\n";

        Assert.Equal(SourceFormat.Markdown, FormatDetector.Detect(Of(text, "notes.md")));
    }

    [Fact]
    public void Text_of_star_bullets_alone_is_not_taken_for_Org()
    {
        const string text = "* The army crossed the river in May.\n* It withdrew in June.\n* Nobody expected it.\n";

        Assert.NotEqual(SourceFormat.Org, FormatDetector.Detect(Of(text, "notes.txt")));
    }
}
