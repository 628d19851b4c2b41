using SovietInterventions.Core.Import.Formats.Html;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Html;

public class HtmlArticleParserTests
{
    private static readonly SovietInterventions.Core.Import.Documents.ParsedDocument Article =
        HtmlArticleParser.Parse(Of(SavedPages.HungaryArticle, "hungary-1956.html"));

    private static List<string> Headings(SovietInterventions.Core.Import.Documents.ParsedDocument document) =>
        document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text).ToList();

    [Fact]
    public void A_saved_article_page_gives_its_title_its_headings_and_its_paragraphs()
    {
        Assert.Equal("Soviet intervention in Hungary (1956)", Article.Title);
        Assert.Equal(["Soviet intervention in Hungary (1956)", "Background", "Second intervention", "Forces involved"], Headings(Article));
        Assert.Contains(ProseOf(Article), p => p.StartsWith("On 4 November 1956 the Soviet Army invaded Hungary", StringComparison.Ordinal));
        Assert.Equal("Background", Article.Blocks.Single(b => b.Text.StartsWith("Hungary had been governed", StringComparison.Ordinal)).Section!.Text);
    }

    [Fact]
    public void A_posts_dated_first_line_set_on_a_line_of_its_own_heads_the_post_and_the_replies_after_it()
    {
        const string page = """
            <html><body><h1>Exported Data</h1>
            <div class="text">New series: "When the army rode south"<br>Short threads over the next weeks.</div>
            <div class="text">1/ Ruritania, winter 1919–1920<br>By 1918 the old duchy was ruled by a chieftain.</div>
            <div class="text">Did he come back?</div>
            <div class="text">Thanks, 1920 was a year<br></div>
            </body></html>
            """;
        var document = HtmlArticleParser.Parse(Of(page, "messages.html"));

        Assert.Equal(["Exported Data", "1/ Ruritania, winter 1919–1920"], Headings(document));
        Assert.Equal("1/ Ruritania, winter 1919–1920", document.Blocks.Single(b => b.Text == "Did he come back?").Section!.Text);
        Assert.Contains(ProseOf(document), p => p.StartsWith("New series", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_wrapped_by_a_line_break_stays_one_sentence()
    {
        const string page = "<html><body><h1>Notes</h1><p>On 4 November 1956 Soviet tanks entered Budapest<br>and crushed the uprising.</p></body></html>";

        var document = HtmlArticleParser.Parse(Of(page, "notes.html"));

        Assert.Equal(["Notes"], Headings(document));
        Assert.Contains("On 4 November 1956 Soviet tanks entered Budapest and crushed the uprising.", ProseOf(document));
    }

    [Fact]
    public void Navigation_cookie_banner_sidebar_footer_scripts_and_styles_give_no_text()
    {
        var all = string.Join("\n", Article.Blocks.Select(b => b.Text).Concat(Article.References));

        foreach (var furniture in new[] { "cookies", "Home page", "Random article", "Print this page", "last edited", "Privacy policy", "NAVSCRIPT", "font-family", "Cold War crises", "For the earlier uprising", "Open History Wiki" })
            Assert.DoesNotContain(furniture, all);
    }

    [Fact]
    public void Each_row_of_a_data_table_is_one_passage_with_its_cells_after_their_headers()
    {
        var row = Assert.Single(ProseOf(Article), p => p.Contains("Soviet Army;", StringComparison.Ordinal));

        Assert.Equal("Side: Soviet Army; Troops: about 60,000; Tanks: about 1,100.", row);
        Assert.Equal(PassageKind.Paragraph, Article.Blocks.Single(b => b.Text == row).Kind);
    }

    [Fact]
    public void A_row_of_a_label_and_a_value_reads_label_colon_value()
    {
        var page = "<!doctype html><html><body><h1>Facts</h1><table><tr><th>Date</th><td>23 October 1956</td></tr></table><p>Text.</p></body></html>";

        Assert.Contains("Date: 23 October 1956", ProseOf(HtmlArticleParser.Parse(Of(page, "facts.html"))));
    }

    [Fact]
    public void Citation_brackets_and_edit_links_are_gone_from_headings_and_prose()
    {
        var all = string.Join("\n", Article.Blocks.Select(b => b.Text));

        Assert.DoesNotContain("[1]", all);
        Assert.DoesNotContain("[2]", all);
        Assert.DoesNotContain("[3]", all);
        Assert.DoesNotContain("edit", all);
        Assert.Contains("The new government of Imre Nagy promised free elections.", all);
    }

    [Fact]
    public void A_references_section_gives_references_and_no_passages()
    {
        Assert.Equal(["Example, A. (1999). The Budapest Autumn. Example Press.", "Sample, B. (2006). Tanks on the Danube. p. 44."], Article.References);
        Assert.DoesNotContain(ProseOf(Article), p => p.Contains("Tanks on the Danube", StringComparison.Ordinal));
        Assert.DoesNotContain("References", Headings(Article));
    }

    [Fact]
    public void Paragraphs_list_items_and_quotations_keep_the_line_their_element_starts_on()
    {
        var lines = SavedPages.HungaryArticle.Split('\n');
        foreach (var text in new[] { "Hungary had been governed", "Help us, the radio announcer", "Some 200,000 people fled" })
        {
            var block = Article.Blocks.Single(b => b.Text.StartsWith(text, StringComparison.Ordinal));
            Assert.Contains(text, lines[block.Line - 1]);
        }
        Assert.Equal(PassageKind.ListItem, Article.Blocks.Single(b => b.Text.StartsWith("Some 200,000", StringComparison.Ordinal)).Kind);
    }

    [Fact]
    public void Without_an_h1_the_title_is_the_title_element_without_the_site_name_never_the_lead_paragraph()
    {
        var page = "<!doctype html><html><head><title>The Prague Spring ends | A History Blog</title></head>"
                   + "<body><p>In August 1968 Warsaw Pact armies entered Czechoslovakia.</p></body></html>";

        var document = HtmlArticleParser.Parse(Of(page, "prague.html"));

        Assert.Equal("The Prague Spring ends", document.Title);
        Assert.Equal(["In August 1968 Warsaw Pact armies entered Czechoslovakia."], ProseOf(document));
    }

    [Fact]
    public void Only_text_leaves_the_parser_never_markup()
    {
        var page = "<!doctype html><body><h1>Markup</h1><p>Tanks <b>entered</b> <a href='x'>Kabul</a> &amp; Herat in <i>1979</i>.<!-- a comment --></p>"
                   + "<p><img src='x.png' alt='a picture'><iframe src='https://ads.example'>frame text</iframe>Kept.</p></body>";

        var document = HtmlArticleParser.Parse(Of(page, "markup.html"));

        Assert.Equal(["Tanks entered Kabul & Herat in 1979.", "Kept."], ProseOf(document));
    }

    [Fact]
    public void The_author_and_the_canonical_address_in_the_head_are_the_page_s_metadata()
    {
        Assert.Equal("Open History Wiki contributors", Article.Metadata.Author);
        Assert.Equal("https://history.example.org/wiki/Hungary_1956", Article.Metadata.Url);
    }

    [Fact]
    public void A_class_that_names_a_sidebar_does_not_drop_the_wrapper_that_holds_the_article()
    {
        var page = "<!doctype html><body><div class='page has-sidebar'><p>First paragraph of the story.</p><p>Second paragraph of the story.</p></div></body>";

        Assert.Equal(2, ProseOf(HtmlArticleParser.Parse(Of(page, "wrapped.html"))).Count);
    }
}
