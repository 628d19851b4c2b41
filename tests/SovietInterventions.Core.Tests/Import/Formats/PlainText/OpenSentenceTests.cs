using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

public class OpenSentenceTests
{
    [Theory]
    [InlineData("the brigade held the pass from 2 May to 9 June", "1951. The villagers returned later.", true)]
    [InlineData("the brigade held the pass until the winter of", "1951, when it was relieved.", true)]
    [InlineData("a convoy stopped at the old fortress of the town", "(now a museum) on the way south.", true)]
    [InlineData("the brigade held the pass until the summer.", "1951. The villagers returned later.", false)]
    [InlineData("1950 the brigade crosses into the valley and waits", "1951 the brigade withdraws", false)]
    [InlineData("the brigade held the pass from 2 May to 9 June", "Then the villagers returned.", false)]
    public void A_year_or_a_parenthesis_continues_only_a_sentence_left_open(string above, string line, bool continues) =>
        Assert.Equal(continues, OpenSentence.Continues(above, line));

    [Fact]
    public void A_wrapped_line_opening_with_a_year_is_neither_a_list_item_nor_a_paragraph_of_its_own()
    {
        var text = "Entry 12\n\n" +
            "Short label line\n\n" +
            "The regiment stayed in the valley between 2 May and 9 June\n" +
            "1951. The farmers who lived there came back in the autumn.\n";

        var blocks = PlainTextArticleParser.Parse(Of(text, "catalogue.txt")).Blocks;

        Assert.DoesNotContain(blocks, b => b.Text == "1951." || b.Kind == PassageKind.ListItem);
        Assert.Contains(blocks, b => b.Text == "The regiment stayed in the valley between 2 May and 9 June 1951.");
    }
}
