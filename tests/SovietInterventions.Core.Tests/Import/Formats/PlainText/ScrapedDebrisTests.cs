using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Import.Mentions.Actors;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

public class ScrapedDebrisTests
{
    [Theory]
    [InlineData("Flag_at_half-mast.jpg in the capital on 1 May]] After the war the border moved.", "After the war the border moved.")]
    [InlineData("in 1961.[86]]] Troops arrived in June.", "Troops arrived in June.")]
    [InlineData("in the capital after the treaty became public]]", "")]
    [InlineData("(left) the two envoys, 1940. They met twice.]]", "")]
    [InlineData("The children were taken away.[104] upright=0.9, 1940]]", "The children were taken away.[104]")]
    [InlineData("Invasion of the east}} upright=1.5", "")]
    [InlineData("thumb|left The army crossed the river.", "The army crossed the river.")]
    [InlineData("The flagship's{{'}} escort sailed.", "The flagship's' escort sailed.")]
    [InlineData("The SPRING (, ) was a period of reform.", "The SPRING was a period of reform.")]
    [InlineData("In _The Two Thousand Words_ the writers asked for reform.", "In The Two Thousand Words the writers asked for reform.")]
    [InlineData("A file named old_map_1939 stays whole.", "A file named old_map_1939 stays whole.")]
    [InlineData("In the gazette, __, writers asked for reform.", "In the gazette, writers asked for reform.")]
    [InlineData("The northern army, or , held the front.", "The northern army, or, held the front.")]
    public void Debris_goes_and_prose_stays(string line, string expected)
    {
        Assert.Equal(expected, ScrapedDebris.Clean(line));
    }

    [Fact]
    public void Many_unclosed_template_openings_are_cleaned_in_one_pass()
    {
        var line = string.Concat(Enumerable.Repeat("{{a ", 50_000)) + "}}";

        Assert.DoesNotContain("}}", ScrapedDebris.Clean(line));
    }
}
