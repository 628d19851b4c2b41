using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Html;

/// <summary>Pages saved from Microsoft Word as "Web Page, Filtered": every paragraph is a p.MsoNormal, headings are often bold lines.</summary>
public class WordHtmlTests
{
    private const string Handout = """
        <html>
        <head>
        <meta name=Generator content="Microsoft Word 15 (filtered)">
        <title>Handout 2</title>
        </head>
        <body lang=EN-GB>
        <div class=WordSection1>
        <h1>The river war</h1>
        <p class=MsoNormal><b><i>Read this before the seminar.</i></b></p>
        <p class=MsoNormal><b>Background.</b> The river had been a frontier since 1920.</p>
        <p class=MsoNormal style='margin-top:12.0pt'><b><span style='font-size:13.0pt'>1. The crossing, May 1931</span></b></p>
        <p class=MsoNormal>Soviet engineers bridged the river in May 1931.<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a></p>
        <p class=MsoNormal><b>Seminar questions</b></p>
        <p class=MsoNormal>Why did nobody resist?</p>
        <div><hr align=left size=1 width="33%">
        <div id=ftn1>
        <p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1">[1]</a> A. Tutor, <i>The Bridge</i> (1950), p. 4.</p>
        </div>
        </div>
        </div>
        </body>
        </html>
        """;

    private static ParsedDocument Parse(string text = Handout) => DocumentParser.Parse(Of(text, "handout.htm"));

    [Fact]
    public void A_short_paragraph_whose_whole_text_is_bold_is_a_heading_below_the_pages_own_headings()
    {
        var document = Parse();

        var crossing = Assert.Single(document.Blocks, b => b.Text == "Soviet engineers bridged the river in May 1931.");
        Assert.Equal("The river war › 1. The crossing, May 1931", Path(crossing.Headings));
        var question = Assert.Single(document.Blocks, b => b.Text == "Why did nobody resist?");
        Assert.Equal("The river war › Seminar questions", Path(question.Headings));
    }

    [Fact]
    public void A_bold_sentence_and_a_bold_lead_in_stay_prose()
    {
        var prose = ProseOf(Parse());

        Assert.Contains("Read this before the seminar.", prose);
        Assert.Contains("Background. The river had been a frontier since 1920.", prose);
    }

    [Fact]
    public void Word_footnotes_are_references_not_prose()
    {
        var document = Parse();

        Assert.Equal(["A. Tutor, The Bridge (1950), p. 4."], document.References);
        Assert.DoesNotContain(ProseOf(document), p => p.Contains("Tutor"));
    }

    [Fact]
    public void Google_Docs_notes_opening_with_a_link_back_to_their_mark_are_references_not_prose()
    {
        var page = """
            <html><body><p class="c3"><span>Soviet engineers bridged the river in May 1931.</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p>
            <hr class="c11"><div><p class="c1"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span>&nbsp;A. Tutor, </span><span>The River War, 1931&ndash;1933</span><span> (London, 2017).</span></p></div>
            </body></html>
            """;

        var document = DocumentParser.Parse(Of(page, "Chapter4draft.html"));

        Assert.DoesNotContain(ProseOf(document), p => p.Contains("Tutor", StringComparison.Ordinal));
        Assert.Contains(document.References, r => r.Contains("A. Tutor", StringComparison.Ordinal));
        Assert.Contains("Soviet engineers bridged the river in May 1931.", ProseOf(document));
    }

    [Fact]
    public void A_title_styled_paragraph_titles_a_Word_page()
    {
        var document = Parse(Handout.Replace("<h1>The river war</h1>", "<p class=MsoTitle>The river war</p>"));

        Assert.Equal("The river war", document.Title);
    }

    [Fact]
    public void A_bold_only_paragraph_on_a_page_Word_did_not_make_stays_a_paragraph()
    {
        var page = "<html><body><h1>The river war</h1><p><b>The crossing</b></p><p>Soviet engineers bridged the river in May 1931.</p></body></html>";

        var document = DocumentParser.Parse(Of(page, "page.html"));

        Assert.Contains("The crossing", ProseOf(document));
    }
}
