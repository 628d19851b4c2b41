using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Markdown;

public class ReadingListTests
{
    private static ParsedDocument Parse(string text) => MarkdownNotesParser.Parse(Of(text, "notes.md"));

    [Fact]
    public void A_list_of_authors_italic_titles_and_years_is_references_whatever_its_heading_says()
    {
        var document = Parse("""
            ## The river crossing, 1931

            General Anton Kessler's engineers bridged the river in May 1931.

            ### What I read for the crossing and the bridge
            - Marta Lind, *Bridges of the East* (Northgate, 1998).
            - Hollis, Peter J. *The Engineers' War*. Leeds: Harbour Press, 2004.
            - Jan van der Berg, *Pontoons* (1979), ch. 3 — on the rail supply.
            """);

        Assert.Equal(["General Anton Kessler's engineers bridged the river in May 1931."], ProseOf(document));
        Assert.Contains("Marta Lind, Bridges of the East (Northgate, 1998).", document.References);
        Assert.Equal(3, document.References.Count);
    }

    [Fact]
    public void Notes_that_open_with_a_place_and_an_italic_name_stay_prose()
    {
        var document = Parse("""
            ## Operations
            - Hungary, *Whirlwind* crossed the border in 1956.
            - Marta Lind, *Bridges of the East* (Northgate, 1998).
            - Czechoslovakia, *Danube*: the invasion of August 1968.
            """);

        Assert.Equal(3, document.Blocks.Count(b => b.Kind == PassageKind.ListItem));
        Assert.Empty(document.References);
    }

    [Fact]
    public void A_list_of_books_without_years_is_left_as_it_is()
    {
        var document = Parse("""
            ## To buy
            - Marta Lind, *Bridges of the East*
            - Peter Hollis, *The Engineers' War*
            """);

        Assert.Equal(2, document.Blocks.Count(b => b.Kind == PassageKind.ListItem));
    }
}
