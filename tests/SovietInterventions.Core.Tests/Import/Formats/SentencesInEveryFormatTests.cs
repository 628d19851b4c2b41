using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats;

public class SentencesInEveryFormatTests
{
    [Theory]
    [InlineData("notes.md", "# Title\n\nThe army crossed in May. It left in June.\n")]
    [InlineData("article.wiki", "= Title =\n== Part ==\nThe army crossed in May. It left in June.\n== Other ==\nMore text here.\n")]
    [InlineData("article.txt", "Title\n\nThe army crossed in May. It left in June.\n")]
    public void A_paragraph_carries_its_sentences_in_every_format(string fileName, string text)
    {
        var document = DocumentParser.Parse(Of(text, fileName));

        var sentences = document.Blocks.Where(b => b.Kind != PassageKind.Heading).SelectMany(b => b.Sentences).ToList();
        Assert.Contains("The army crossed in May.", sentences);
        Assert.Contains("It left in June.", sentences);
        Assert.All(document.Blocks.Where(b => b.Kind == PassageKind.Heading), h => Assert.Equal([h.Text], h.Sentences));
    }
}
