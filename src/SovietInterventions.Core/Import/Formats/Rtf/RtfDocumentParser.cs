using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Rtf;

/// <summary>
/// Reads an RTF document (WordPad, Word, TextEdit) through <see cref="RtfText"/>: each paragraph is a passage; a short
/// paragraph set wholly in bold is a heading (<see cref="BoldHeading"/>), the larger its type the higher its level; the
/// "\info" title titles the document, else its first heading does, else the file name; footnotes, and a paragraph or
/// section of sources ("Further reading: …"), are references.
/// </summary>
internal static class RtfDocumentParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".rtf"];

    /// <summary>An ".rtf" file, or text that opens with "{\rtf", is RTF (5).</summary>
    public static int Likeness(DocumentShape shape) => shape.HasExtension(Extensions) || RtfText.IsRtf(shape.Text) ? 5 : 0;

    private const int DeepestLevel = 4;

    public static ParsedDocument Parse(SourceText source)
    {
        if (!RtfText.IsRtf(source.Text))
            throw new ImportException(source.FileName, 1, "the file is named .rtf but does not open with \"{\\rtf\".");
        var content = RtfText.Read(source.Text);
        var headings = content.Paragraphs.Where(p => p.AllBold && BoldHeading.Reads(p.Text)).ToHashSet();
        var title = content.Title ?? headings.FirstOrDefault()?.Text;
        // Heading sizes from the largest down give levels 2, 3, 4; a title found in the body is level 1.
        var sizes = headings.Where(h => h.Text != title).Select(h => h.FontSize).Distinct().OrderDescending().ToList();

        var outline = new OutlineBlocks();
        if (title is not null) outline.AddHeading(title, 1, headings.FirstOrDefault(h => h.Text == title)?.Line ?? 1);
        foreach (var paragraph in content.Paragraphs)
        {
            if (headings.Contains(paragraph))
            {
                if (paragraph.Text != title) outline.AddHeading(paragraph.Text, Math.Min(2 + sizes.IndexOf(paragraph.FontSize), DeepestLevel), paragraph.Line);
            }
            else if (ReferenceSections.StartsWithSourcesLabel(paragraph.Text)) outline.AddReference(paragraph.Text);
            else outline.AddText(PassageKind.Paragraph, paragraph.Text, paragraph.Line);
        }
        foreach (var footnote in content.Footnotes) outline.AddReference(footnote);

        var documentTitle = title ?? Path.GetFileNameWithoutExtension(source.FileName);
        return new ParsedDocument(source.FileName, documentTitle, SourceFormat.Rtf, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = documentTitle, Author = content.Author },
            References = outline.References,
        };
    }
}
