using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.TiddlyWiki;

public class TiddlerParserTests
{
    private const string Tiddler = """
        created: 20310302101500000
        modified: 20310304091530112
        tags: [[River wars]] Interwar
        title: The river campaigns
        type: text/vnd.tiddlywiki

        <<toc-selective-expandable "Interwar">>

        //Working notes.// See [[Kessler's book|Bibliography]].

        {{Map of the river}}

        !! Kessel, 1931
        tags: [[Kessel]]

        In May 1931 ''Ivo Mařík'''s engineers bridged the river.

        * 3 May: the first span stands
        # 5 May: the garrison withdraws

        |!Date|!What happened|
        |6 May|Kessel falls|

        <<<
        A letter of 1977 recalls the crossing.
        <<<

        ```
        code that is no prose
        ```
        """;

    private static ParsedDocument Parse(string text = Tiddler, string fileName = "river.tid") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void The_fields_before_the_first_blank_line_are_metadata_and_the_title_titles_the_tiddler()
    {
        var document = Parse();

        Assert.Equal(SourceFormat.TiddlyWiki, document.Format);
        Assert.Equal("The river campaigns", document.Title);
        Assert.Equal(["River wars", "Interwar"], document.Metadata.Tags);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("2031") || b.Text.Contains("text/vnd"));
    }

    [Fact]
    public void Bangs_make_headings_and_the_text_under_them_keeps_the_words_of_its_marks_and_links()
    {
        var document = Parse();

        var crossing = Assert.Single(document.Blocks, b => b.Text.StartsWith("In May 1931", StringComparison.Ordinal));
        Assert.Equal("In May 1931 Ivo Mařík's engineers bridged the river.", crossing.Text);
        Assert.Equal("The river campaigns › Kessel, 1931", Path(crossing.Headings));
        Assert.Contains("Working notes. See Kessler's book.", ProseOf(document));
        Assert.DoesNotContain(ProseOf(document), p => p.Contains("Map") || p.Contains("Bibliography"));
    }

    [Fact]
    public void Lists_tables_and_quotes_are_prose_and_macros_code_and_tag_lines_are_not()
    {
        var document = Parse();
        var prose = ProseOf(document);

        Assert.Equal(["3 May: the first span stands", "5 May: the garrison withdraws"],
            document.Blocks.Where(b => b.Kind == PassageKind.ListItem).Select(b => b.Text));
        Assert.Contains("Date: 6 May; What happened: Kessel falls.", prose);
        Assert.Contains("A letter of 1977 recalls the crossing.", prose);
        Assert.DoesNotContain(prose, p => p.Contains("toc") || p.Contains("code") || p.StartsWith("tags", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_naming_tiddlywikis_content_type_is_a_tiddler_whatever_the_file_is_called()
    {
        Assert.Equal(SourceFormat.TiddlyWiki, Parse(fileName: "river.txt").Format);
    }

    [Fact]
    public void Table_rows_keep_their_empty_cells_and_a_caption_row_is_no_prose()
    {
        var document = Parse("title: T\n\n|Campaigns on the river|c\n|!Date|!Event|!Soviet?|\n||Kessel falls|yes|\n");

        Assert.Equal(["Event: Kessel falls; Soviet?: yes."], ProseOf(document));
    }

    [Fact]
    public void Addresses_html_and_widgets_are_no_prose_and_urls_keep_their_slashes()
    {
        var document = Parse("title: T\n\nThe Red Army took <b>Kessel</b> in 1931.<!-- hidden --> <$list filter=\"[tag[x]]\"/> See https://example.com//path and [ext[Kessler|https://k.org]].\n");

        Assert.Equal(["The Red Army took Kessel in 1931. See https://example.com//path and Kessler."], ProseOf(document));
    }

    [Fact]
    public void A_tiddler_without_fields_loses_no_first_paragraph()
    {
        var document = Parse("The Red Army took Kessel in 1931.\nnote: the figures are estimates.\n");

        Assert.Equal(["The Red Army took Kessel in 1931. note: the figures are estimates."], ProseOf(document));
    }

    [Fact]
    public void Unclosed_links_take_linear_time()
    {
        var text = "title: T\n\n" + string.Concat(Enumerable.Repeat("Soviet [[troops ", 25_000));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Parse(text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}"); // a hang guard: quadratic took 12 s at this size
    }
}
