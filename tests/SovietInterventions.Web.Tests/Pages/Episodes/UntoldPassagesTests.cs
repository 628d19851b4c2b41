using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pages.Episodes;

namespace SovietInterventions.Web.Tests.Pages.Episodes;

public sealed class UntoldPassagesTests
{
    private static ShowModel.NarrativePassage Passage(string source, int position, PassageKind kind = PassageKind.Paragraph) =>
        new(source, source + " title", source, kind, $"Passage {position} of {source}.", position);

    [Fact]
    public void Passages_the_narrative_neither_shows_nor_cites_as_a_repeat_are_counted_by_document_from_the_first()
    {
        var article = Enumerable.Range(1, 6).Select(i => Passage("article", i)).ToList();
        var shown = article[1] with { AlsoIn = [article[4].Ref] };
        List<NarrativeSection> narrative = [new(null, [shown]), new("notes", [Passage("notes", 3)])];

        var untold = Assert.Single(Narrative.Untold([Passage("article", 0, PassageKind.Heading), .. article, Passage("notes", 3)], narrative));

        Assert.Equal(("article", 1, 4), (untold.SourceSlug, untold.FirstPosition, untold.Count));
        Assert.Equal("/sources/article#p1", untold.Href);
    }

    [Fact]
    public void A_narrative_that_reads_every_passage_leaves_none_untold() =>
        Assert.Empty(Narrative.Untold([Passage("notes", 2)], [new NarrativeSection(null, [Passage("notes", 2)])]));
}
