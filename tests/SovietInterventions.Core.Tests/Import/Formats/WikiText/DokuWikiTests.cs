using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Formats.WikiText;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.WikiText;

public class DokuWikiTests
{
    private const string Page = """
        ====== Club wiki: the Baltic winter ======

        ~~NOTOC~~

        ===== Riga, January 1919 =====

        **Team:** Olga P., Ben R.

        Red Latvian Riflemen entered //Riga// on 3 January 1919. ((Smith, //Riga//, p. 12 (2nd ed.)))

          * The Ulmanis government left for Liepāja.
            * It stayed there until May.
          - See [[https://example.org/riga|the archive]].

        ^ Date ^ Event ^
        | 03.01.1919 | Riga taken |

        --- //[[user:olga|Olga P.]] 2025/01/03 10:00//

        ==== What we disagree on ====

        Whether the Riflemen count as a foreign army.
        """;

    private static ParsedDocument Parse(string text) => DocumentParser.Parse(Of(text, "club-wiki.txt"));

    [Fact]
    public void A_page_whose_first_heading_has_the_most_equals_signs_is_DokuWiki()
    {
        Assert.True(DokuWiki.Looks(Page.Split('\n')));
    }

    [Fact]
    public void A_MediaWiki_article_whose_headings_deepen_with_more_equals_signs_is_not_DokuWiki()
    {
        Assert.False(DokuWiki.Looks("= Title =\n== Section ==\n=== Subsection ===\n".Split('\n')));
        Assert.False(DokuWiki.Looks("== History ==\n==== Detail ====\n== Legacy ==\n".Split('\n')));
    }

    [Fact]
    public void Fewer_equals_signs_head_a_deeper_section_and_six_give_the_title()
    {
        var document = Parse(Page);

        Assert.Equal(SourceFormat.WikiText, document.Format);
        Assert.Equal("Club wiki: the Baltic winter", document.Title);
        var deepest = document.Blocks.Single(b => b.Text == "Whether the Riflemen count as a foreign army.");
        Assert.Equal("Club wiki: the Baltic winter › Riga, January 1919 › What we disagree on", Path(deepest.Headings));
    }

    [Fact]
    public void Bold_italic_and_footnote_marks_leave_the_words_and_the_footnote_is_a_reference()
    {
        var document = Parse(Page);

        Assert.Contains("Team: Olga P., Ben R.", ProseOf(document));
        Assert.Contains("Red Latvian Riflemen entered Riga on 3 January 1919.", ProseOf(document));
        Assert.Contains("Smith, Riga, p. 12 (2nd ed.)", document.References);
    }

    [Fact]
    public void Indented_items_are_list_items_by_their_indent_and_a_link_reads_as_its_label()
    {
        var items = Parse(Page).Blocks.Where(b => b.Kind == PassageKind.ListItem).ToList();

        Assert.Equal(["The Ulmanis government left for Liepāja.", "It stayed there until May.", "See the archive."], items.Select(b => b.Text));
        Assert.Equal([0, 1, 0], items.Select(b => b.Depth));
    }

    [Fact]
    public void Table_cells_read_as_one_row_and_macros_and_signatures_are_no_text()
    {
        var prose = ProseOf(Parse(Page));

        Assert.Contains("03.01.1919; Riga taken", prose);
        Assert.DoesNotContain(prose, p => p.Contains("NOTOC") || p.Contains("2025/01/03") || p.Contains('|') || p.Contains("//"));
    }
}
