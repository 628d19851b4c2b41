using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats;

public class FormatDetectorTests
{
    [Theory]
    [InlineData(WikiSeed, SourceFormat.WikiText)]
    [InlineData(PlainTextSeed, SourceFormat.PlainText)]
    [InlineData(MarkdownSeed, SourceFormat.Markdown)]
    public void Each_seed_is_detected_as_its_format(string seed, SourceFormat expected)
    {
        Assert.Equal(expected, FormatDetector.Detect(Seed(seed)));
    }

    [Theory]
    [InlineData(WikiSeed, "notes.md")]
    [InlineData(WikiSeed, "article.txt")]
    [InlineData(MarkdownSeed, "article.wiki")]
    [InlineData(MarkdownSeed, "notes.txt")]
    [InlineData(PlainTextSeed, "notes.md")]
    [InlineData(PlainTextSeed, "article.wiki")]
    public void Seed_under_a_misleading_file_name_is_still_detected_by_its_content(string seed, string misleadingName)
    {
        var real = Seed(seed);
        var renamed = real with { FileName = misleadingName };

        Assert.Equal(FormatDetector.Detect(real), FormatDetector.Detect(renamed));
    }

    [Fact]
    public void Wiki_article_named_notes_md_is_detected_as_WikiText()
    {
        var source = Of("= Tannu Tuva =\n\nIn January 1929 five youths launched a coup.\n\n== Aftermath ==\n\nKuular was deposed.\n", "notes.md");

        Assert.Equal(SourceFormat.WikiText, FormatDetector.Detect(source));
    }

    [Fact]
    public void Wiki_article_whose_title_line_is_missing_is_WikiText_when_it_has_two_section_headings()
    {
        var source = Of("Preface text.\n\n== One ==\n\nText.\n\n== Two ==\n\nMore text.\n");

        Assert.Equal(SourceFormat.WikiText, FormatDetector.Detect(source));
    }

    [Fact]
    public void Markdown_without_headings_but_with_bullets_is_Markdown()
    {
        var source = Of("Points about the pact\n- signed 23 August 1939\n- secret protocol\n* divided Poland\n+ Baltic states to the USSR\n", "pact.txt");

        Assert.Equal(SourceFormat.Markdown, FormatDetector.Detect(source));
    }

    [Fact]
    public void One_bullet_among_many_prose_lines_does_not_make_Markdown()
    {
        var source = Of("Title\nFirst paragraph of prose.\nSecond paragraph of prose.\nThird paragraph.\n- a lone dash line\n");

        Assert.Equal(SourceFormat.PlainText, FormatDetector.Detect(source));
    }

    [Fact]
    public void An_article_that_opens_with_an_infobox_and_has_one_section_heading_is_wikitext() =>
        Assert.Equal(SourceFormat.WikiText, FormatDetector.Detect(Of("{{Infobox military conflict\n| date = 1946\n}}\nA lead.\n\n==Course==\nText.\n", "crisis.txt")));

    [Fact]
    public void Markdown_with_a_heading_and_no_bullets_is_Markdown()
    {
        Assert.Equal(SourceFormat.Markdown, FormatDetector.Detect(Of("# Notes\n\nJust a paragraph.\n", "notes.wiki")));
    }

    [Fact]
    public void An_editors_Markdown_export_with_bold_lines_for_headings_is_Markdown()
    {
        var source = Of("**Notes on Kabul**\n\n**1\\. The airlift, 1979**\n\nTransport aircraft landed at Bagram\\.\n", "export.md");

        Assert.Equal(SourceFormat.Markdown, FormatDetector.Detect(source));
    }

    [Fact]
    public void A_Markdown_footnote_definition_makes_a_document_Markdown()
    {
        var source = Of("The garrison left in May.[^1]\n\n[^1]: See the ministry's file.\n", "essay.txt");

        Assert.Equal(SourceFormat.Markdown, FormatDetector.Detect(source));
    }

    [Fact]
    public void One_bold_line_in_plain_prose_does_not_make_Markdown()
    {
        var source = Of("Title\n\n**Warning**\n\nFirst paragraph of prose.\nSecond paragraph of prose.\n");

        Assert.Equal(SourceFormat.PlainText, FormatDetector.Detect(source));
    }

    [Fact]
    public void Hash_without_a_space_is_not_a_Markdown_heading()
    {
        Assert.Equal(SourceFormat.PlainText, FormatDetector.Detect(Of("#1 priority of Soviet policy\nThe text goes on.\n")));
    }

    [Fact]
    public void Unbalanced_wiki_heading_alone_does_not_make_WikiText()
    {
        Assert.Equal(SourceFormat.PlainText, FormatDetector.Detect(Of("== Heading =\nSome prose follows here.\n")));
    }

    [Theory]
    [InlineData("{\"episodes\": [{\"country\": \"Hungary\", \"year\": 1956}]}", "episodes.md")]
    [InlineData("[\n  {\"country\": \"Hungary\"}\n]", "episodes.txt")]
    [InlineData("[1956, 1968]", "years.txt")]
    [InlineData("[\"Hungary\", \"Czechoslovakia\"]", "targets.txt")]
    [InlineData("[null, {\"country\": \"Hungary\"}]", "rows.txt")]
    [InlineData("\n\n   <?xml version=\"1.0\"?>\n<article>Hungary</article>", "article.txt")]
    public void JSON_and_XML_are_rejected_with_a_clear_error(string content, string fileName)
    {
        var e = Assert.Throws<ImportException>(() => FormatDetector.Detect(Of(content, fileName)));

        Assert.Equal(fileName, e.FileName);
        Assert.Contains("unknown format", e.Problem);
        Assert.Contains("JSON", e.Problem);
        Assert.StartsWith(fileName + ":", e.Message);
    }

    [Theory]
    [InlineData("1956 1968 1979 1989 -- 12345 !!!")]
    [InlineData("=== === ===\n--- --- ---")]
    public void Text_with_too_few_letters_is_rejected(string content)
    {
        var e = Assert.Throws<ImportException>(() => FormatDetector.Detect(Of(content, "numbers.txt")));

        Assert.Contains("too little text", e.Problem);
        Assert.Contains("numbers.txt", e.Message);
    }

    [Fact]
    public void A_transcript_opening_and_closing_with_editorial_notes_in_brackets_is_not_rejected_as_JSON()
    {
        var source = Of("[OCR text generated 2024-11-08 from microfiche; accuracy not verified.]\n\nDAILY REPORT\n\n"
            + "Moscow TASS announced that Soviet troops entered Czechoslovakia on 21 August 1968.\n\n[Microfiche card 1 ends.]", "report_ocr.txt");

        Assert.Equal(SourceFormat.PlainText, FormatDetector.Detect(source));
    }

    [Fact]
    public void Markdown_notes_opening_with_a_link_are_not_rejected_as_JSON()
    {
        var source = Of("[Source](https://en.wikipedia.org/wiki/Soviet_Union)\n\n# Soviet foreign policy\n\n- Rapallo treaty 1922\n", "notes.md");

        Assert.Equal(SourceFormat.Markdown, FormatDetector.Detect(source));
    }

    [Fact]
    public void A_talk_page_that_opens_and_closes_with_templates_is_WikiText_not_JSON()
    {
        var source = Of("{{Talk header}}\n\n== Scope ==\n\nShould Tuva be a row?\n\n== Winter War start date ==\n\nThe Red Army crossed the border on '''30 November 1939'''. "
            + "[[User:Nordkapp77|Nordkapp77]] ([[User talk:Nordkapp77|talk]]) 10:15, 2 February 2021 (UTC)\n{{archive bottom}}", "Talk_Winter_War.wiki");

        Assert.Equal(SourceFormat.WikiText, FormatDetector.Detect(source));
    }
}
