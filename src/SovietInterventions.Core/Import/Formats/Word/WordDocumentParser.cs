using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Formats.Xml;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Word;

/// <summary>
/// Reads a Word document saved as XML (WordprocessingML, ECMA-376 Part 1): the "Word XML Document" a word processor saves as one
/// package, or the parts of a .docx pasted one after another (document.xml, then comments.xml, footnotes.xml). A paragraph
/// styled Title is the title, one styled "Heading N" a heading N levels down, a numbered paragraph a list item, a table's rows
/// one sentence each (under its first row's labels when they are short). Tracked changes read as accepted: a deletion is no
/// text, an insertion is; reviewers' comments are no part of the text; footnotes and endnotes are the document's references.
/// </summary>
internal static partial class WordDocumentParser
{
    private const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace W = Main;

    // What a reader of the accepted text never sees: deleted runs, field codes, the marks that stand for notes and comments.
    // A tracked move is read where it was moved to; markup-compatibility content is read once, in its first choice.
    private static readonly HashSet<string> Unread =
        ["del", "delText", "moveFrom", "instrText", "delInstrText", "footnoteReference", "endnoteReference", "commentReference", "annotationRef",
         "footnoteRef", "endnoteRef", "separator", "continuationSeparator", "txbxContent", "pPr", "rPr", "sectPr", "Fallback"];

    /// <summary>XML whose first element is a Word document or package in WordprocessingML's namespace (6: above a web page's 5 and
    /// any other XML's 4).</summary>
    public static int Likeness(DocumentShape shape) =>
        WordRoot().IsMatch(SafeXml.AfterProlog(shape.Text)) && shape.Text.Contains(Main, StringComparison.Ordinal) ? 6 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var parts = SafeXml.LoadParts(source);
        var elements = parts.SelectMany(p => p.DescendantsAndSelf()).ToList();
        var body = elements.FirstOrDefault(e => e.Name == W + "body")
            ?? throw new ImportException(source.FileName, SafeXml.Line(parts[0]), "a Word document needs a <w:body>; this one has none.");
        var outline = new OutlineBlocks();
        var titleParagraph = body.Descendants(W + "p").FirstOrDefault(p => Style(p) is "title");
        var title = titleParagraph is null ? "" : Inline(titleParagraph);
        if (title.Length == 0) title = Path.GetFileNameWithoutExtension(source.FileName);
        outline.AddHeading(title, 1, titleParagraph is null ? 1 : SafeXml.Line(titleParagraph));
        Read(body, outline, titleParagraph, 0, source.FileName);
        foreach (var note in elements.Where(e => e.Name == W + "footnote" || e.Name == W + "endnote"))
            outline.AddReference(string.Join(" ", note.Elements(W + "p").Select(Inline)).Trim());
        return new ParsedDocument(source.FileName, title, SourceFormat.Word, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = outline.References,
        };
    }

    private static void Read(XElement container, OutlineBlocks outline, XElement? titleParagraph, int depth, string fileName)
    {
        if (depth > SafeXml.MaxDepth) throw new ImportException(fileName, SafeXml.Line(container), $"elements nested more than {SafeXml.MaxDepth} deep.");
        foreach (var child in container.Elements())
        {
            if (child == titleParagraph) continue;
            if (child.Name == W + "p") ReadParagraph(child, outline);
            else if (child.Name == W + "tbl") ReadTable(child, outline);
            // Content controls, inserted blocks and custom XML hold paragraphs of their own; a deleted or moved-away block holds none to read.
            else if (!Unread.Contains(child.Name.LocalName)) Read(child, outline, titleParagraph, depth + 1, fileName);
        }
    }

    private static void ReadParagraph(XElement paragraph, OutlineBlocks outline)
    {
        var text = Inline(paragraph);
        if (text.Length == 0) return;
        var style = Style(paragraph) ?? "";
        var line = SafeXml.Line(paragraph);
        if (HeadingStyle().Match(style) is { Success: true } heading) outline.AddHeading(text, int.Parse(heading.Groups[1].Value) + 1, line);
        // A subtitle is the draft's furniture ("Draft 4, for supervision"), as a title page's is.
        else if (style is "subtitle") return;
        else if (style.Contains("caption", StringComparison.Ordinal)) outline.AddText(PassageKind.Caption, text, line);
        else if (paragraph.Element(W + "pPr")?.Element(W + "numPr") is not null || style.StartsWith("list", StringComparison.Ordinal))
            outline.AddText(PassageKind.ListItem, text, line);
        else outline.AddText(PassageKind.Paragraph, text, line);
    }

    // A row a sentence; the first row labels the columns when every cell of it is a word or three (", Poland, Gilan").
    private static void ReadTable(XElement table, OutlineBlocks outline)
    {
        // A row deleted with changes tracked is no row of the accepted table.
        var rows = table.Elements(W + "tr").Where(r => r.Element(W + "trPr")?.Element(W + "del") is null)
            .Select(r => (Row: r, Cells: r.Elements(W + "tc").Select(CellText).ToList())).ToList();
        if (rows.Count == 0) return;
        var header = TableCells.Labels(rows[0].Cells, rows.Count);
        foreach (var (row, cells) in rows.Skip(header.Count > 0 ? 1 : 0))
            if (cells.Any(c => c.Length > 0)) outline.AddText(PassageKind.Paragraph, TableCells.Row(cells, header), SafeXml.Line(row));
    }

    private static string CellText(XElement cell) => string.Join(" ", cell.Elements(W + "p").Select(Inline).Where(t => t.Length > 0));

    /// <summary>A paragraph's words as accepted: its runs' text, a tab or a break a space, no deleted run and no field code.</summary>
    private static string Inline(XElement paragraph)
    {
        var text = new StringBuilder();
        Append(paragraph, text);
        return Spaces().Replace(text.ToString(), " ").Trim();
    }

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            if (Unread.Contains(name)) continue;
            if (name == "t") text.Append(child.Value);
            else if (name is "tab" or "br" or "cr") text.Append(' ');
            else Append(child, text);
        }
    }

    // The style's id, lower case: "Heading1", "heading 1" and "Title" as Word and other editors write them.
    private static string? Style(XElement paragraph) =>
        paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    [GeneratedRegex(@"^heading([1-9])$")]
    private static partial Regex HeadingStyle();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^<(?:[A-Za-z_][\w.-]*:)?(?:document|package)[\s>]")]
    private static partial Regex WordRoot();
}
