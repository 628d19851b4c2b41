using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Import.Formats.Xml;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Ocr;

/// <summary>
/// Reads the OCR of scanned pages saved as ALTO XML (Library of Congress, v2 to v4; https://www.loc.gov/standards/alto/). Each
/// page's print space is read block by block in the file's order, which is the reading order OCR software writes: a TextBlock is
/// one paragraph of its lines' words (a ComposedBlock's blocks are read in turn). A word hyphenated across lines is one word,
/// its SUBS_CONTENT where the OCR gives it, else the parts joined as a printed page's are (<see cref="LineEndHyphen"/>). A short
/// block set larger than the page's body text (its TextStyle's FONTSIZE), or one short line in capitals, is a heading, the
/// larger the higher. The Description (the scan's file name, the software and its processing date), styles, margins (running
/// heads, page numbers), illustrations and rules are no prose; the processing date is the scan's, never the text's.
/// </summary>
internal static partial class AltoParser
{
    /// <summary>A document whose first element is &lt;alto&gt; (6: above a web page's 5 and any other XML's 4).</summary>
    public static int Likeness(DocumentShape shape) => AltoRoot().IsMatch(SafeXml.AfterProlog(shape.Text)) ? 6 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var root = SafeXml.Load(source);
        if (root.Name.LocalName != "alto")
            throw new ImportException(source.FileName, SafeXml.Line(root), $"an ALTO file's first element is <alto>, not <{root.Name.LocalName}>.");
        var fontSizes = SafeXml.Children(SafeXml.Child(root, "Styles"), "TextStyle")
            .Select(s => (Id: (string?)s.Attribute("ID"), Size: Number((string?)s.Attribute("FONTSIZE"))))
            .Where(s => s.Id is not null && s.Size > 0)
            .GroupBy(s => s.Id!).ToDictionary(g => g.Key, g => g.First().Size);

        var reader = new AltoBlocks(fontSizes);
        foreach (var page in SafeXml.Children(SafeXml.Child(root, "Layout"), "Page"))
            foreach (var space in SafeXml.Children(page, "PrintSpace")) reader.Read(space);

        var (outline, title) = OcrPage.Outline(reader.Blocks, source.FileName);
        return new ParsedDocument(source.FileName, title, SourceFormat.Ocr, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = outline.References,
        };
    }

    // A size or position no page has ("Infinity", "1e308") is no size at all.
    internal static double Number(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && Math.Abs(number) < MaxNumber ? number : 0;

    private const double MaxNumber = 1e6;

    [GeneratedRegex(@"^<(?:[\w.-]+:)?alto[\s>]")]
    private static partial Regex AltoRoot();
}

/// <summary>The text blocks of a page's print space in reading order, a hyphenated word's second part once read with its first.</summary>
internal sealed class AltoBlocks(IReadOnlyDictionary<string, double> fontSizes)
{
    // A word's first part came with its whole word (SUBS_CONTENT): its second part, on the next line or in the next column, is skipped.
    private bool secondPartRead;

    public List<TextBlock> Blocks { get; } = [];

    /// <summary>The blocks of a print space or a ComposedBlock, in the file's order; illustrations and rules hold no words.</summary>
    public void Read(XElement container)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name.LocalName == "ComposedBlock") Read(child);
            else if (child.Name.LocalName == "TextBlock") ReadBlock(child);
        }
    }

    private void ReadBlock(XElement block)
    {
        var lines = new List<string>();
        foreach (var line in SafeXml.Children(block, "TextLine"))
        {
            var words = new List<string>();
            foreach (var part in line.Elements())
            {
                var name = part.Name.LocalName;
                if (name == "String") words.Add(Word(part));
                // The hyphen the line was broken at: kept for LineEndHyphen to weigh, unless the word was already read whole.
                else if (name == "HYP" && words.Count > 0 && !secondPartRead) words[^1] += (string?)part.Attribute("CONTENT") is { Length: > 0 } hyphen ? hyphen : "-";
            }
            var text = string.Join(" ", words.Where(w => w.Length > 0));
            if (text.Length > 0) lines.Add(text);
        }
        if (lines.Count == 0) return;
        var joined = OcrPage.Join(lines);
        var size = Size(block) ?? Size(SafeXml.Child(block, "TextLine")) ?? Size(SafeXml.Child(SafeXml.Child(block, "TextLine"), "String")) ?? 0;
        Blocks.Add(new TextBlock(joined, SafeXml.Line(block), size, lines.Count, joined.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
    }

    private string Word(XElement word)
    {
        var content = ((string?)word.Attribute("CONTENT") ?? "").Trim();
        var kind = (string?)word.Attribute("SUBS_TYPE");
        var whole = ((string?)word.Attribute("SUBS_CONTENT"))?.Trim();
        if (kind == "HypPart1")
        {
            secondPartRead = !string.IsNullOrEmpty(whole);
            return secondPartRead ? whole! : content;
        }
        if (kind == "HypPart2" && secondPartRead)
        {
            secondPartRead = false;
            return "";
        }
        secondPartRead = false;
        return content;
    }

    // STYLEREFS names styles of every kind ("TS3 PS1"); ALTO v2 writes the text style alone as STYLEREFS too.
    private double? Size(XElement? element)
    {
        var references = ((string?)element?.Attribute("STYLEREFS"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        foreach (var id in references)
            if (fontSizes.TryGetValue(id, out var size)) return size;
        return null;
    }
}
