using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Html;

public class HtmlDetectionTests
{
    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><body><p>Soviet tanks in Budapest.</p></body></html>", "page.html")]
    [InlineData("\n  <!-- saved from a browser -->\n<html lang=\"en\"><head><title>T</title></head><body><p>Text.</p></body></html>", "page.txt")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Text.</p></body></html>", "page.xhtml")]
    [InlineData("<article>\n<h2>Kabul, 1979</h2>\n<p>Soviet troops landed at Bagram.</p>\n</article>", "fragment.md")]
    public void A_web_page_is_detected_as_HTML_by_its_content_whatever_its_name(string content, string fileName)
    {
        Assert.Equal(SourceFormat.Html, FormatDetector.Detect(Of(content, fileName)));
    }

    [Theory]
    [InlineData("\n\n   <?xml version=\"1.0\"?>\n<article>Hungary</article>", "article.txt")]
    [InlineData("<?xml version=\"1.0\"?><episodes><episode year=\"1956\"/></episodes>", "episodes.xml")]
    [InlineData("<episodes><episode year=\"1956\">Hungary</episode></episodes>", "episodes.md")]
    [InlineData("{\"episodes\": [{\"country\": \"Hungary\"}]}", "episodes.html")]
    public void XML_and_JSON_stay_refused_even_under_an_html_name(string content, string fileName)
    {
        var e = Assert.Throws<ImportException>(() => FormatDetector.Detect(Of(content, fileName)));

        Assert.Equal(fileName, e.FileName);
        Assert.Contains("unknown format", e.Problem);
    }

    [Fact]
    public void Markdown_notes_with_a_little_inline_HTML_stay_Markdown()
    {
        var notes = "# Hungary 1956\n\n- Soviet tanks entered Budapest<br>on 4 November\n- <b>Nagy</b> fled\n";

        Assert.Equal(SourceFormat.Markdown, FormatDetector.Detect(Of(notes, "notes.md")));
    }

    [Fact]
    public void A_page_heavy_with_scripts_is_still_read_for_its_article()
    {
        var script = "<script>" + string.Concat(Enumerable.Repeat("var a={x:[1,2,3]};", 500)) + "</script>";
        var page = $"<!doctype html><html><head>{script}</head><body><p>In 1956 Soviet forces crushed the Hungarian revolt.</p></body></html>";

        Assert.Equal(SourceFormat.Html, FormatDetector.Detect(Of(page, "scripted.html")));
        Assert.Equal(["In 1956 Soviet forces crushed the Hungarian revolt."], ProseOf(DocumentParser.Parse(Of(page, "scripted.html"))));
    }
}
