using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Import.Formats.Prose;
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
    private const int MaxHeadingWords = 14;
    private const int MaxHeadingLines = 3;
    private const int MaxCapitalsWords = 10;
    private const int MaxLevel = 6;
    // A headline's type is clearly larger than the body's; a point size read a little differently is the same size.
    private const double LargerBy = 1.15;

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

        var outline = new OutlineBlocks();
        var body = reader.Blocks.Where(b => b.Size > 0).GroupBy(b => b.Size).MaxBy(g => g.Sum(b => b.Words))?.Key ?? 0;
        bool IsHeading(TextBlock b) =>
            b.Words <= MaxHeadingWords && b.Lines <= MaxHeadingLines && (body > 0 && b.Size > body * LargerBy || b.Lines == 1 && b.Words <= MaxCapitalsWords && Capitals(b.Text));
        // The larger a heading's type, the higher its level: the largest titles the page (a newspaper's masthead, a chapter's title).
        var headingSizes = reader.Blocks.Where(IsHeading).Select(b => Math.Max(b.Size, body)).Distinct().OrderDescending().ToList();
        foreach (var block in reader.Blocks)
        {
            if (IsHeading(block)) outline.AddHeading(block.Text, Math.Min(MaxLevel, headingSizes.IndexOf(Math.Max(block.Size, body)) + 1), block.Line);
            else outline.AddText(PassageKind.Paragraph, block.Text, block.Line);
        }

        var title = outline.Blocks.FirstOrDefault(b => b is { Kind: PassageKind.Heading, Depth: 1 })?.Text ?? Path.GetFileNameWithoutExtension(source.FileName);
        return new ParsedDocument(source.FileName, title, SourceFormat.Ocr, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = outline.References,
        };
    }

    // "SADAT ORDERS ADVISERS OUT": every letter a capital, and words enough not to be a stray mark or a page number.
    private static bool Capitals(string text) =>
        text.Count(char.IsLetter) >= 4 && !text.Any(char.IsLower);

    internal static double Number(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : 0;

    [GeneratedRegex(@"^<(?:[\w.-]+:)?alto[\s>]")]
    private static partial Regex AltoRoot();
}

/// <summary>A TextBlock's words as one text, its line in the file, its type size (0 when no style says) and its counts.</summary>
internal sealed record TextBlock(string Text, int Line, double Size, int Lines, int Words);

/// <summary>The text blocks of a page's print space in reading order, a hyphenated word's second part once read with its first.</summary>
internal sealed partial class AltoBlocks(IReadOnlyDictionary<string, double> fontSizes)
{
    // A word's first part given with its whole word (SUBS_CONTENT): its second part, on the next line or in the next column, is read.
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
        var joined = MissedSpace().Replace(lines.Aggregate((above, next) => LineEndHyphen.Append(above, next)), "$0 ");
        var size = Size(block) ?? Size(SafeXml.Child(block, "TextLine")) ?? Size(SafeXml.Child(SafeXml.Child(block, "TextLine"), "String")) ?? 0;
        Blocks.Add(new TextBlock(ProseText.Squash(joined), SafeXml.Line(block), size, lines.Count, joined.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
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

    // "forces.Western": OCR that missed the space after a sentence's stop runs two sentences into one word; a lower-case word's
    // stop before a capitalised word is a sentence's end ("U.S." and "e.g." have no such shape).
    [GeneratedRegex(@"(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})")]
    private static partial Regex MissedSpace();
}
