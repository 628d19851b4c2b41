using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Formats.Xml;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Tei;

/// <summary>
/// Reads a TEI edition (the Text Encoding Initiative's XML for scholarly editions; https://tei-c.org/guidelines/p5/). The
/// header is metadata (title, author or editor, date, URL), never prose. In the text each div's head is a heading one level
/// below its parent div's; paragraphs, list items and table rows are prose, a figure's head its caption. Notes,
/// bibliographies and the apparatus are the document's references, as footnotes are in other formats. Of a choice the
/// corrected, regularised or expanded reading is read; deletions, page furniture and a letter's opener and closer are no
/// prose. A document type definition is ignored: no entity is expanded and nothing is fetched.
/// </summary>
internal static partial class TeiParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".tei"];

    /// <summary>A document whose first element is TEI's (6: above a web page's 5, which any markup resembles); a ".tei" file (5).
    /// A note that quotes a TEI sample is no edition.</summary>
    public static int Likeness(DocumentShape shape) =>
        TeiRoot().IsMatch(SafeXml.AfterProlog(shape.Text)) ? 6 : shape.HasExtension(Extensions) ? 5 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var root = SafeXml.Load(source);
        var header = Find(root, "teiHeader") ?? Find(root, "TEI", "teiHeader");
        var titles = Find(header, "fileDesc", "titleStmt");
        var published = Find(header, "fileDesc", "publicationStmt");
        var reader = new TeiText(source.FileName);
        var titleElement = Children(titles, "title").FirstOrDefault(e => (string?)e.Attribute("type") is null or "main") ?? Children(titles, "title").FirstOrDefault();
        var title = titleElement is null ? "" : reader.Inline(titleElement, 0);
        if (title.Length == 0) title = Path.GetFileNameWithoutExtension(source.FileName);
        reader.Outline.AddHeading(title, 1, titleElement is null ? 1 : TeiText.Line(titleElement));

        // A corpus (teiCorpus) holds several texts, each under its own header; a text's groups hold texts of their own.
        var texts = root.Descendants().Where(e => e.Name.LocalName == "text" && !e.Ancestors().Any(a => a.Name.LocalName == "text")).ToList();
        if (texts.Count == 0) throw new ImportException(source.FileName, TeiText.Line(root), "a TEI document needs a <text> element; this one has only its header.");
        foreach (var text in texts) reader.Read(text, 2, 0);
        foreach (var reference in reader.Notes) reader.Outline.AddReference(reference);

        var author = Children(titles, "author").FirstOrDefault() ?? Children(titles, "editor").FirstOrDefault();
        var date = Children(published, "date").FirstOrDefault();
        var url = Children(published, "idno").FirstOrDefault(e => ((string?)e.Attribute("type"))?.ToUpperInvariant() is "URI" or "URL");
        return new ParsedDocument(source.FileName, title, SourceFormat.Tei, reader.Outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata
            {
                Title = title,
                Author = author is null ? null : NullIfEmpty(reader.Inline(author, 0)),
                Date = date is null ? null : (string?)date.Attribute("when") ?? NullIfEmpty(reader.Inline(date, 0)),
                Url = url is null ? null : NullIfEmpty(url.Value.Trim()),
            },
            References = reader.Outline.References,
        };
    }

    // The element at the end of a path of child names (namespaces aside: TEI P4 has none), or null.
    private static XElement? Find(XElement? element, params string[] path)
    {
        foreach (var name in path) element = Children(element, name).FirstOrDefault();
        return element;
    }

    private static IEnumerable<XElement> Children(XElement? element, string name) =>
        element is null ? [] : element.Elements().Where(e => e.Name.LocalName == name);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"^<(?:TEI|TEI\.2|teiCorpus)[\s>]")]
    private static partial Regex TeiRoot();

}

/// <summary>The blocks and notes of one TEI text, read element by element.</summary>
internal sealed partial class TeiText(string fileName)
{
    private const int MaxDepth = SafeXml.MaxDepth;

    private static readonly HashSet<string> Divisions = ["div", "div1", "div2", "div3", "div4", "div5", "div6", "div7"];
    private static readonly HashSet<string> Containers = ["text", "front", "body", "back", "group", "floatingText", "sp", "epigraph", "argument"];
    private static readonly HashSet<string> Paragraphs = ["p", "ab", "quote", "lg", "l", "u"];
    private static readonly HashSet<string> Apparatus = ["note", "listBibl", "bibl", "biblStruct", "app", "listWit"];
    // Furniture, and what a reader is not given to read: a deletion, the erroneous, original or abbreviated reading of a choice.
    private static readonly HashSet<string> Unread =
        ["teiHeader", "facsimile", "standOff", "fw", "pb", "milestone", "gap", "del", "surplus", "figDesc", "opener", "closer",
         "salute", "signed", "byline", "docAuthor", "docDate", "docImprint", "speaker", "stage", "trailer", "index", "interp", "interpGrp",
         "titlePage"];
    private static readonly HashSet<string> Readings = ["corr", "reg", "expan", "lem"];
    // Division types of the apparatus (an edition's "sources" division is more often its primary texts, which are prose).
    private static readonly HashSet<string> ApparatusDivisions = new(StringComparer.OrdinalIgnoreCase) { "bibliography", "bibl", "notes", "references", "endnotes", "footnotes", "index" };

    public OutlineBlocks Outline { get; } = new();
    public List<string> Notes { get; } = [];

    public static int Line(XElement element) => SafeXml.Line(element);

    /// <summary>The blocks of a division, a container or a block element, in document order, headings at <paramref name="level"/>.</summary>
    public void Read(XElement element, int level, int depth, XElement? head = null)
    {
        Guard(element, depth);
        foreach (var child in element.Elements().Where(e => e != head))
        {
            var name = child.Name.LocalName;
            if (Unread.Contains(name)) continue;
            if (Apparatus.Contains(name)) Notes.Add(Inline(child, depth + 1));
            else if (Divisions.Contains(name)) ReadDivision(child, level, depth + 1);
            else if (Containers.Contains(name)) Read(child, level, depth + 1);
            else if (Paragraphs.Contains(name) || name == "head") Outline.AddText(PassageKind.Paragraph, Inline(child, depth + 1), Line(child));
            else if (name == "list") ReadList(child, 0, depth + 1);
            else if (name == "table") ReadTable(child, depth + 1);
            else if (name == "figure")
            {
                foreach (var caption in child.Elements().Where(e => e.Name.LocalName == "head"))
                    Outline.AddText(PassageKind.Caption, Inline(caption, depth + 1), Line(caption));
            }
            // Any other element with words of its own is a block ("<dateline>"); one holding only elements is read through.
            else if (child.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
                Outline.AddText(PassageKind.Paragraph, Inline(child, depth + 1), Line(child));
            else Read(child, level, depth + 1);
        }
    }

    // "<div type="entry"><head>Georgia, February–March 1921</head> …": a heading over the division, one level below its parent's;
    // after it the text stands under the headings above again. A division typed as a bibliography is references.
    private void ReadDivision(XElement division, int level, int depth)
    {
        if ((string?)division.Attribute("type") is { } type && ApparatusDivisions.Contains(type))
        {
            Notes.AddRange(division.Elements().Where(e => e.Name.LocalName != "head").Select(e => Inline(e, depth + 1)));
            return;
        }
        var head = division.Elements().FirstOrDefault(e => e.Name.LocalName == "head");
        if (head is null)
        {
            Read(division, level, depth);
            return;
        }
        Outline.AddHeading(Inline(head, depth + 1), level, Line(head));
        Read(division, level + 1, depth, head);
        Outline.EndSections(level);
    }

    private void ReadList(XElement list, int indent, int depth)
    {
        Guard(list, depth);
        foreach (var item in list.Elements())
        {
            if (item.Name.LocalName == "head") Outline.AddText(PassageKind.Paragraph, Inline(item, depth + 1), Line(item));
            if (item.Name.LocalName != "item") continue;
            Outline.AddText(PassageKind.ListItem, Inline(item, depth + 1, skip: "list"), Line(item), indent);
            foreach (var nested in item.Elements().Where(e => e.Name.LocalName == "list")) ReadList(nested, indent + 1, depth + 1);
        }
    }

    // A row reads as its cells joined, as a table's row does in every format (TableCells); a row of role "label" names the columns.
    private void ReadTable(XElement table, int depth)
    {
        List<string> header = [];
        foreach (var row in table.Elements().Where(e => e.Name.LocalName == "row"))
        {
            var cells = row.Elements().Where(e => e.Name.LocalName == "cell").Select(c => Inline(c, depth + 1)).ToList();
            if ((string?)row.Attribute("role") == "label" && header.Count == 0) header = cells;
            else if (cells.Any(c => c.Length > 0)) Outline.AddText(PassageKind.Paragraph, TableCells.Row(cells, header), Line(row));
        }
    }

    /// <summary>An element's words in reading order, one space for any run of white space; its notes go to <see cref="Notes"/>.</summary>
    public string Inline(XElement element, int depth, string? skip = null)
    {
        var text = new StringBuilder();
        Append(element, text, depth, skip);
        return Spaces().Replace(text.ToString(), " ").Trim();
    }

    private void Append(XElement element, StringBuilder text, int depth, string? skip)
    {
        Guard(element, depth);
        foreach (var node in element.Nodes())
        {
            if (node is XText words)
            {
                text.Append(words.Value);
                continue;
            }
            if (node is not XElement child || child.Name.LocalName == skip || Unread.Contains(child.Name.LocalName)) continue;
            var name = child.Name.LocalName;
            // A line break inside a word ("Sov<lb break="no"/>iet") joins its halves.
            if (name is "lb" or "cb") text.Append((string?)child.Attribute("break") == "no" ? "" : " ");
            else if (name == "note") Notes.Add(Inline(child, depth + 1));
            else if (name is "choice" or "app")
            {
                var reading = child.Elements().FirstOrDefault(e => Readings.Contains(e.Name.LocalName)) ?? child.Elements().FirstOrDefault();
                if (reading is not null) Append(reading, text, depth + 1, skip);
            }
            else
            {
                // A block inside a paragraph (a quoted verse, a list) is words of it, set apart by spaces.
                var block = Paragraphs.Contains(name) || name is "item" or "list" or "head";
                if (block) text.Append(' ');
                Append(child, text, depth + 1, skip);
                if (block) text.Append(' ');
            }
        }
    }

    private void Guard(XElement element, int depth)
    {
        if (depth > MaxDepth) throw new ImportException(fileName, Line(element), $"elements nested more than {MaxDepth} deep.");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
