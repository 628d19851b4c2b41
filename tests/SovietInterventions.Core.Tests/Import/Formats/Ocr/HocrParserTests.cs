using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Ocr;

public class HocrParserTests
{
    private const string Page = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head><title></title><meta name='ocr-system' content='tesseract 5.3.0' /></head>
        <body>
        <div class='ocr_page' id='page_1' title='image "/scans/gazette_0007.png"; bbox 0 0 2000 3000; ppageno 0'>
        <div class='ocr_carea' id='block_1_1' title="bbox 100 100 1900 200">
        <p class='ocr_par' id='par_1_1'>
        <span class='ocr_header' id='line_1_1' title="bbox 100 100 1900 200; x_size 96"><span class='ocrx_word' title='bbox 100 100 400 200; x_wconf 95'>Ferry</span> <span class='ocrx_word'>Lost</span></span>
        </p>
        </div>
        <div class='ocr_carea' id='block_1_2'>
        <p class='ocr_par' id='par_1_2'>
        <span class='ocr_line' title="bbox 100 300 1900 340; x_size 40"><span class='ocrx_word'>In</span> <span class='ocrx_word'>May</span> <span class='ocrx_word'>1932</span> <span class='ocrx_word'>the</span> <span class='ocrx_word'>ferry</span> <span class='ocrx_word'>sank</span> <span class='ocrx_word'>near</span> <span class='ocrx_word'>Kes-</span></span>
        <span class='ocr_line' title="bbox 100 350 1900 390; x_size 41"><span class='ocrx_word'>sel.</span> <span class='ocrx_word'>Nobody</span> <span class='ocrx_word'>drowned.</span></span>
        </p>
        <p class='ocr_par' id='par_1_3'>
        <span class='ocr_line' title="bbox 100 450 1900 490; x_size 42"><span class='ocrx_word'>The</span> <span class='ocrx_word'>captain</span> <span class='ocrx_word'>was</span> <span class='ocrx_word'>blamed.</span></span>
        </p>
        </div>
        </div>
        </body>
        </html>
        """;

    private static ParsedDocument Parse(string fileName = "gazette_0007.hocr") => DocumentParser.Parse(Of(Page, fileName));

    [Fact]
    public void An_hocr_page_is_a_scanned_page_not_a_web_page()
    {
        Assert.Equal(SourceFormat.Ocr, Parse().Format);
        Assert.Equal(SourceFormat.Ocr, Parse("page.html").Format);
    }

    [Fact]
    public void Each_paragraph_is_a_block_of_its_lines_words_under_the_header_the_ocr_marked()
    {
        var document = Parse();

        Assert.Equal("Ferry Lost", document.Title);
        Assert.Equal(["In May 1932 the ferry sank near Kessel. Nobody drowned.", "The captain was blamed."], ProseOf(document));
        Assert.All(document.Blocks.Where(b => b.Kind != PassageKind.Heading), b => Assert.Equal("Ferry Lost", TestSources.Path(b.Headings)));
    }

    [Fact]
    public void The_bounding_boxes_the_scans_file_name_and_the_ocr_system_are_no_prose()
    {
        var document = Parse();

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("bbox", StringComparison.Ordinal) || b.Text.Contains("gazette", StringComparison.Ordinal)
            || b.Text.Contains("tesseract", StringComparison.Ordinal));
        Assert.Equal(13, document.Blocks.Single(b => b.Text.StartsWith("In May", StringComparison.Ordinal)).Line);
    }
}
