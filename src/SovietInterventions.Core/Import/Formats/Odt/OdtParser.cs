using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Formats.Xml;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Odt;

/// <summary>
/// Reads a flat OpenDocument text (.fodt, the one-file XML a LibreOffice or OpenOffice writer saves): office:meta's dc:title is
/// the title and its dates and creators metadata, never prose; a text:h a heading at its outline level, a text:p a paragraph,
/// a list's paragraphs list items, a table's rows one sentence each (under its first row's labels when they are short), as the
/// Word reader reads them. Tracked changes read as accepted: the change records and a deletion's marker are no text, an
/// insertion's text stays where it stands; reviewers' annotations are no part of the text; footnotes and endnotes are the
/// document's references, their citation marks nothing. Styles, fonts, settings and field declarations are no text.
/// </summary>
internal static partial class OdtParser
{
    private const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace Office = OfficeNs;
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static readonly XNamespace Meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    // What a reader of the accepted text never sees: the change records and a deletion's marker, reviewers' annotations, a
    // note's citation mark (its body is read as a reference), bookmarks, field declarations, a generated index's copy of the
    // headings, and the drawing shapes and frames that stand beside the text.
    private static readonly HashSet<string> Unread =
        ["tracked-changes", "change", "annotation", "annotation-end", "note-citation", "bookmark", "bookmark-start", "bookmark-end",
         "reference-mark", "reference-mark-start", "reference-mark-end", "soft-page-break", "sequence-decls", "variable-decls",
         "user-field-decls", "dde-connection-decls", "table-of-content", "alphabetical-index", "illustration-index", "bibliography",
         "user-index", "object-index", "table-index", "forms", "table-columns", "table-column", "table-column-group",
         "frame", "custom-shape", "text-box"];

    /// <summary>XML whose root is an OpenDocument office:document with a text body (6: above a web page's 5 and any other
    /// XML's 4).</summary>
    public static int Likeness(DocumentShape shape)
    {
        var text = SafeXml.AfterProlog(shape.Text);
        if (!OdtRoot().IsMatch(text) || !shape.Text.Contains(OfficeNs, StringComparison.Ordinal)) return 0;
        try
        {
            var root = SafeXml.Load(new SourceText(shape.FileName, shape.Text, ""));
            return root.Name == Office + "document" && root.Element(Office + "body")?.Element(Office + "text") is not null ? 6 : 0;
        }
        catch (ImportException) { return 0; }
    }

    public static ParsedDocument Parse(SourceText source)
    {
        var root = SafeXml.Load(source);
        var body = root.Element(Office + "body")?.Element(Office + "text")
            ?? throw new ImportException(source.FileName, SafeXml.Line(root), "an OpenDocument text needs an <office:body> with an <office:text>; this one has none.");
        var meta = root.Element(Office + "meta");
        var reader = new Reader(ParentStyles(root));
        // The title paragraph is one a reader sees: not in a deletion's record, a note or a reviewer's annotation.
        var titleParagraph = body.Descendants(Text + "p").FirstOrDefault(p => reader.StyleOf(p) is "title"
            && !p.Ancestors().TakeWhile(a => a != body).Any(a => Unread.Contains(a.Name.LocalName) || a.Name == Text + "note"));
        var title = Field(meta, Dc + "title") ?? (titleParagraph is null ? null : NullIfEmpty(reader.Inline(titleParagraph)))
            ?? Path.GetFileNameWithoutExtension(source.FileName);
        var outline = new OutlineBlocks();
        outline.AddHeading(title, 1, titleParagraph is null ? 1 : SafeXml.Line(titleParagraph));
        reader.Read(body, outline, titleParagraph, false);
        // A note's body is read once, where its citation stands (a note in a deleted passage was never collected).
        for (var i = 0; i < reader.Notes.Count; i++)
            outline.AddReference(string.Join(" ", reader.Notes[i].Elements(Text + "note-body").Elements().Select(reader.Inline)).Trim());
        return new ParsedDocument(source.FileName, title, SourceFormat.Odt, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata
            {
                Title = title,
                Author = Field(meta, Meta + "initial-creator") ?? Field(meta, Dc + "creator"),
                Date = Field(meta, Meta + "creation-date") ?? Field(meta, Dc + "date"),
            },
            References = outline.References,
        };
    }

    private sealed class Reader(Dictionary<string, string> parents)
    {
        public List<XElement> Notes { get; } = [];

        public void Read(XElement container, OutlineBlocks outline, XElement? titleParagraph, bool inList)
        {
            foreach (var child in container.Elements())
            {
                if (child == titleParagraph || Unread.Contains(child.Name.LocalName) || child.Name.Namespace == Office) continue;
                if (child.Name == Text + "h") outline.AddHeading(Inline(child), Level(child) + 1, SafeXml.Line(child));
                else if (child.Name == Text + "p") ReadParagraph(child, outline, inList);
                else if (child.Name == Text + "list") Read(child, outline, titleParagraph, true);
                else if (child.Name == Table + "table") ReadTable(child, outline);
                // Sections, list items, index bodies and the like hold paragraphs of their own.
                else Read(child, outline, titleParagraph, inList);
            }
        }

        private void ReadParagraph(XElement paragraph, OutlineBlocks outline, bool inList)
        {
            var style = StyleOf(paragraph) ?? "";
            // A subtitle is the draft's furniture, as in a Word document.
            if (style is "subtitle") return;
            var text = Inline(paragraph);
            if (text.Length == 0) return;
            var line = SafeXml.Line(paragraph);
            if (style.Contains("caption", StringComparison.Ordinal)) outline.AddText(PassageKind.Caption, text, line);
            else outline.AddText(inList ? PassageKind.ListItem : PassageKind.Paragraph, text, line);
        }

        // A row a sentence; the first row labels the columns when every cell of it is a word or three.
        private void ReadTable(XElement table, OutlineBlocks outline)
        {
            var rows = new List<(XElement Row, List<string> Cells)>();
            CollectRows(table, rows);
            if (rows.Count == 0) return;
            var header = TableCells.Labels(rows[0].Cells, rows.Count);
            foreach (var (row, cells) in rows.Skip(header.Count > 0 ? 1 : 0))
                if (cells.Any(c => c.Length > 0)) outline.AddText(PassageKind.Paragraph, TableCells.Row(cells, header), SafeXml.Line(row));
        }

        // Rows stand in the table or in its header-rows, rows and row-groups; a nested table's rows belong to their cell.
        private void CollectRows(XElement container, List<(XElement, List<string>)> rows)
        {
            foreach (var child in container.Elements())
            {
                if (child.Name == Table + "table-row") rows.Add((child, child.Elements(Table + "table-cell").Select(CellText).ToList()));
                else if (child.Name.Namespace == Table && !Unread.Contains(child.Name.LocalName)) CollectRows(child, rows);
            }
        }

        private string CellText(XElement cell)
        {
            var paragraphs = new List<string>();
            CellParagraphs(cell, paragraphs);
            return string.Join(" ", paragraphs.Where(t => t.Length > 0));
        }

        private void CellParagraphs(XElement container, List<string> paragraphs)
        {
            foreach (var child in container.Elements())
            {
                if (Unread.Contains(child.Name.LocalName) || child.Name.Namespace == Office) continue;
                if (child.Name == Text + "p" || child.Name == Text + "h") paragraphs.Add(Inline(child));
                else if (child.Name.Namespace == Text) CellParagraphs(child, paragraphs);
            }
        }

        /// <summary>A paragraph's words as accepted: its text and its spans' and links', a space, tab or line break a space, no
        /// annotation, no deletion marker and no note (collected to be read as a reference).</summary>
        public string Inline(XElement paragraph)
        {
            var text = new StringBuilder();
            Append(paragraph, text);
            return ProseText.Squash(text.ToString());
        }

        private void Append(XElement element, StringBuilder text)
        {
            foreach (var node in element.Nodes())
            {
                if (node is XText run)
                {
                    text.Append(run.Value);
                    continue;
                }
                if (node is not XElement child || Unread.Contains(child.Name.LocalName) || child.Name.Namespace == Office) continue;
                if (child.Name == Text + "note") Notes.Add(child);
                else if (child.Name == Text + "s" || child.Name == Text + "tab" || child.Name == Text + "line-break") text.Append(' ');
                else Append(child, text);
            }
        }

        /// <summary>The paragraph's style, lower case, or its automatic style's parent ("P3" standing for "Title").</summary>
        public string? StyleOf(XElement paragraph)
        {
            var name = (string?)paragraph.Attribute(Text + "style-name");
            if (name is null) return null;
            if (parents.TryGetValue(name, out var parent)) name = parent;
            return name.Replace("_20_", "", StringComparison.Ordinal).ToLowerInvariant();
        }
    }

    private static Dictionary<string, string> ParentStyles(XElement root)
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var style in root.Element(Office + "automatic-styles")?.Elements(Style + "style") ?? [])
            if ((string?)style.Attribute(Style + "name") is { } name && (string?)style.Attribute(Style + "parent-style-name") is { } parent)
                parents[name] = parent;
        return parents;
    }

    private static int Level(XElement heading) =>
        int.TryParse((string?)heading.Attribute(Text + "outline-level"), out var level) ? Math.Clamp(level, 1, 9) : 1;

    private static string? Field(XElement? meta, XName name) => NullIfEmpty(meta?.Element(name)?.Value.Trim());

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : ProseText.Squash(text);


    [GeneratedRegex(@"^<(?:[A-Za-z_][\w.-]*:)?document[\s>]")]
    private static partial Regex OdtRoot();
}
