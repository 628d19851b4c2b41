using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Ocr;

/// <summary>A block's words as one text, its line in the file, its type size (0 when nothing says), its counts, and whether the
/// OCR itself marked it a heading (hOCR's ocr_header).</summary>
internal sealed record TextBlock(string Text, int Line, double Size, int Lines, int Words, bool MarkedHeading = false);

/// <summary>What ALTO and hOCR pages share: which format a page is in, which blocks are headings, at which level, and the title.</summary>
internal static class OcrPage
{
    private const int MaxHeadingWords = 14;
    private const int MaxHeadingLines = 3;
    private const int MaxCapitalsWords = 10;
    private const int MaxLevel = 6;
    // A headline's type is clearly larger than the body's; a size read a little differently is the same size.
    private const double LargerBy = 1.15;

    /// <summary>The blocks under their headings: a short block set larger than the body (the size most words are set in) or one
    /// short line in capitals is a heading, the larger the higher; the first top-level heading titles the page.</summary>
    public static (OutlineBlocks Outline, string Title) Outline(IReadOnlyList<TextBlock> blocks, string fileName)
    {
        var outline = new OutlineBlocks();
        var body = BodySize(blocks);
        bool IsHeading(TextBlock b) =>
            b.Words <= MaxHeadingWords && b.Lines <= MaxHeadingLines
            && (b.MarkedHeading || body > 0 && b.Size > body * LargerBy || b.Lines == 1 && b.Words <= MaxCapitalsWords && Capitals(b.Text));
        // The larger a heading's type, the higher its level: the largest titles the page (a newspaper's masthead, a chapter's title).
        // Sizes within LargerBy of a level's largest share it, since a scan measures the same type a little differently line by line.
        var levels = new Dictionary<double, int>();
        var levelSize = double.MaxValue;
        foreach (var size in blocks.Where(IsHeading).Select(b => Math.Max(b.Size, body)).Distinct().OrderDescending())
        {
            if (levels.Count == 0 || size * LargerBy <= levelSize) (levelSize, levels[size]) = (size, levels.Count == 0 ? 1 : levels.Values.Max() + 1);
            else levels[size] = levels.Values.Max();
        }
        foreach (var block in blocks)
        {
            if (IsHeading(block)) outline.AddHeading(block.Text, Math.Min(MaxLevel, levels[Math.Max(block.Size, body)]), block.Line);
            else outline.AddText(PassageKind.Paragraph, block.Text, block.Line);
        }
        var title = outline.Blocks.FirstOrDefault(b => b is { Kind: PassageKind.Heading, Depth: 1 })?.Text ?? Path.GetFileNameWithoutExtension(fileName);
        return (outline, title);
    }

    // The size the body is set in: half the words are set in it or smaller (0 when no block's size is known).
    private static double BodySize(IReadOnlyList<TextBlock> blocks)
    {
        var sized = blocks.Where(b => b.Size > 0).OrderBy(b => b.Size).ToList();
        var half = sized.Sum(b => b.Words) / 2.0;
        var words = 0;
        foreach (var block in sized)
            if ((words += block.Words) >= half) return block.Size;
        return 0;
    }

    /// <summary>An ALTO file (its root) or an hOCR page (its classes).</summary>
    public static int Likeness(DocumentShape shape) => Math.Max(AltoParser.Likeness(shape), HocrParser.Likeness(shape));

    public static ParsedDocument Parse(SourceText source) =>
        AltoParser.Likeness(new DocumentShape(source.Text, [], source.FileName)) > 0 ? AltoParser.Parse(source) : HocrParser.Parse(source);

    // "SADAT ORDERS ADVISERS OUT": every letter a capital, and letters enough not to be a stray mark or a page number.
    private static bool Capitals(string text) =>
        text.Count(char.IsLetter) >= 4 && !text.Any(char.IsLower);

    /// <summary>A block's lines joined, a word broken at a line's end one word again, a space OCR missed after a stop put back.</summary>
    public static string Join(IEnumerable<string> lines) =>
        ProseText.Squash(MissedSpace.Replace(lines.Aggregate((above, next) => LineEndHyphen.Append(above, next)), "$0 "));

    // "forces.Western": OCR that missed the space after a sentence's stop runs two sentences into one word; a lower-case word's
    // stop before a capitalised word is a sentence's end ("U.S." and "e.g." have no such shape).
    private static readonly Regex MissedSpace = new(@"(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})", RegexOptions.Compiled);
}
