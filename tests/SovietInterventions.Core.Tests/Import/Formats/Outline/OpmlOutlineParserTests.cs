using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Outline;

public class OpmlOutlineParserTests
{
    private const string Outline = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head>
            <title>River paper – outline</title>
            <dateCreated>Mon, 10 Mar 2025 21:14:02 GMT</dateCreated>
            <ownerName>Ada Novak</ownerName>
            <expansionState>0,1,2</expansionState>
          </head>
          <body>
            <outline text="I. The crossing, 1931">
              <outline text="In May 1931 Soviet engineers bridged the river at &lt;b&gt;Kessel&lt;/b&gt;." _note="The garrison fled east.&#10;check the date" />
              <outline text="Sources">
                <outline text="Novak, River Wars (2020)" />
              </outline>
            </outline>
            <outline text="Conclusion" _note="The bridge held." />
          </body>
        </opml>
        """;

    private static ParsedDocument Parse(string text = Outline, string fileName = "paper.opml") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void An_opml_outline_is_told_by_its_root_element_whatever_its_file_is_called()
    {
        Assert.Equal(SourceFormat.Outline, Parse().Format);
        Assert.Equal(SourceFormat.Outline, Parse(fileName: "paper.xml").Format);
    }

    [Fact]
    public void The_head_is_metadata_and_never_prose()
    {
        var document = Parse();

        Assert.Equal(("River paper – outline", "Ada Novak"), (document.Title, document.Metadata.Author));
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("0,1,2", StringComparison.Ordinal) || b.Text.Contains("2025", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_with_entries_under_it_is_a_heading_a_leaf_is_a_list_item_and_a_notes_lines_are_paragraphs()
    {
        var document = Parse();

        var item = Assert.Single(document.Blocks, b => b.Text == "In May 1931 Soviet engineers bridged the river at Kessel.");
        Assert.Equal((PassageKind.ListItem, "I. The crossing, 1931"), (item.Kind, item.Section!.Text));
        Assert.Contains(document.Blocks, b => b.Text == "The garrison fled east." && b.Kind == PassageKind.Paragraph);
        Assert.Contains(document.Blocks, b => b.Text == "check the date");
        Assert.Equal(PassageKind.ListItem, Assert.Single(document.Blocks, b => b.Text == "Conclusion").Kind);
        Assert.Equal("River paper – outline", Assert.Single(document.Blocks, b => b.Text == "The bridge held.").Section!.Text);
    }

    [Fact]
    public void A_sources_branch_is_references_not_prose_and_ends_with_its_branch()
    {
        var document = Parse();

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("River Wars", StringComparison.Ordinal));
        Assert.Contains(document.References, r => r.Contains("River Wars", StringComparison.Ordinal));
        Assert.DoesNotContain(document.References, r => r.Contains("bridge held", StringComparison.Ordinal));
    }
}
