using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Documents;

public class InfoboxTests
{
    private const string Export = """
        <mediawiki>
          <page>
            <title>Kessel crossing</title>
            <revision><text>{{Infobox military conflict
        | date = May 1931
        | place = Portugal
        }}
        In May 1931 Soviet engineers bridged the river.</text></revision>
          </page>
          <page>
            <title>Ostland raid</title>
            <revision><text>{{Infobox military conflict
        | date = 1933
        | place = Spain
        }}
        In 1933 the raid came.</text></revision>
          </page>
        </mediawiki>
        """;

    [Fact]
    public void Each_page_of_a_wiki_export_has_its_own_infobox_speaking_for_that_page_alone()
    {
        var document = DocumentParser.Parse(Of(Export, "atlas.xml"));

        var infoboxes = Infobox.Of(document);
        Assert.Equal(["May 1931", "1933"], infoboxes.Select(i => i.Facts.Single(f => f.Name.Trim() == "date").Value.Trim()));
        var raid = Assert.Single(document.Blocks, b => b.Text == "In 1933 the raid came.");
        Assert.Equal([false, true], infoboxes.Select(i => i.Covers(raid)));
    }

    [Fact]
    public void An_infobox_opening_an_article_speaks_for_the_whole_article()
    {
        var document = DocumentParser.Parse(Of("{{Infobox military conflict\n| date = May 1931\n| place = Portugal\n}}\nIn May 1931 Soviet engineers bridged the river.\n\n== Aftermath ==\nThe garrison fled east.\n", "kessel.wiki"));

        var infobox = Assert.Single(Infobox.Of(document));
        Assert.All(document.Blocks, b => Assert.True(infobox.Covers(b)));
    }
}
