using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Html;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Ocr;

/// <summary>
/// Reads the OCR of scanned pages saved as hOCR (https://kba.github.io/hocr-spec/1.2/; Tesseract's and OCRopus's output): a web
/// page whose elements are classed ocr_page, ocr_carea, ocr_par, ocr_line and ocrx_word. Each paragraph (ocr_par, or a content
/// area without paragraphs) is one block of its lines' words, read as ALTO's blocks are (<see cref="OcrPage"/>): a line's type
/// size is its x_size, and lines the OCR marked ocr_header make a heading. The bounding boxes, the scan's file name and the OCR
/// system named in the page's head are no prose.
/// </summary>
internal static partial class HocrParser
{
    private const string Lines = ".ocr_line, .ocr_header, .ocr_caption, .ocr_textfloat";

    /// <summary>A web page with hOCR's page and line classes (6: above a web page's 5).</summary>
    public static int Likeness(DocumentShape shape) =>
        HtmlArticleParser.IsHtml(shape.Text) && PageClass().IsMatch(shape.Text) && shape.Text.Contains("ocr_line", StringComparison.Ordinal) ? 6 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var warnings = new List<string>();
        var document = HtmlPage.Read(source, warnings);
        var blocks = new List<TextBlock>();
        foreach (var page in document.QuerySelectorAll(".ocr_page"))
        {
            var paragraphs = page.QuerySelectorAll(".ocr_par").ToList();
            if (paragraphs.Count == 0) paragraphs = page.QuerySelectorAll(".ocr_carea").ToList();
            foreach (var paragraph in paragraphs)
                if (Block(paragraph) is { } block) blocks.Add(block);
        }
        var (outline, title) = OcrPage.Outline(blocks, source.FileName);
        return new ParsedDocument(source.FileName, title, SourceFormat.Ocr, outline.Blocks, warnings)
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = outline.References,
        };
    }

    private static TextBlock? Block(IElement paragraph)
    {
        var lines = paragraph.QuerySelectorAll(Lines).ToList();
        if (lines.Count == 0) lines = [paragraph];
        var texts = new List<string>();
        var sizes = new List<double>();
        foreach (var line in lines)
        {
            var words = line.QuerySelectorAll(".ocrx_word").Select(w => w.TextContent.Trim()).Where(w => w.Length > 0).ToList();
            var text = words.Count > 0 ? string.Join(" ", words) : ProseText.Squash(line.TextContent);
            if (text.Length == 0) continue;
            texts.Add(text);
            if (LineSize().Match(line.GetAttribute("title") ?? "") is { Success: true } size) sizes.Add(AltoParser.Number(size.Groups["size"].Value));
        }
        if (texts.Count == 0) return null;
        var joined = OcrPage.Join(texts);
        var marked = lines.All(l => l.ClassList.Contains("ocr_header"));
        return new TextBlock(joined, paragraph.SourceReference?.Position.Line ?? 1, sizes.Count > 0 ? sizes.Max() : 0, texts.Count,
            joined.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, marked);
    }

    [GeneratedRegex(@"class\s*=\s*[""'][^""'<>]{0,200}\bocr_page\b")]
    private static partial Regex PageClass();

    // "bbox 36 92 618 184; baseline 0 -8; x_size 42.5; x_descenders 9": the line's type size in pixels.
    [GeneratedRegex(@"\bx_size\s+(?<size>\d{1,5}(?:\.\d{1,4})?)")]
    private static partial Regex LineSize();
}
