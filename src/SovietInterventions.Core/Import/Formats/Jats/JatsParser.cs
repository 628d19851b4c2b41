using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Formats.Xml;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Jats;

/// <summary>
/// Reads a journal article in JATS (the Journal Article Tag Suite, NISO Z39.96, and its NLM predecessor; https://jats.nlm.nih.gov/).
/// The front matter is metadata, never prose: the article title is the title, the first authors and the publication date the
/// author and date; the journal, affiliations, history dates (received, accepted), permissions and keywords are read by no one
/// as the article's words. The abstract and the body are prose: each section's title a heading one level below its parent's,
/// paragraphs, list items, a table's rows one sentence each under its header row, a figure's or table's caption a caption.
/// Footnotes, the reference list and other end matter are the article's references, as in other formats; a cross-reference that
/// is only a marker ("1", "a") vanishes. A document type definition is ignored: no entity is expanded and nothing is fetched.
/// </summary>
internal static partial class JatsParser
{
    /// <summary>The file name endings only this format uses (PubMed Central's ".nxml").</summary>
    public static readonly string[] Extensions = [".nxml"];

    /// <summary>A document whose first element is an article with JATS front matter (6: above a web page's 5 and any other XML's 4);
    /// an ".nxml" file (5).</summary>
    public static int Likeness(DocumentShape shape) =>
        ArticleRoot().IsMatch(SafeXml.AfterProlog(shape.Text)) && shape.Text.Contains("<article-meta", StringComparison.Ordinal) ? 6
        : shape.HasExtension(Extensions) ? 5 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var root = SafeXml.Load(source);
        if (root.Name.LocalName != "article")
            throw new ImportException(source.FileName, SafeXml.Line(root), $"a JATS article's first element is <article>, not <{root.Name.LocalName}>.");
        var meta = SafeXml.Child(SafeXml.Child(root, "front"), "article-meta");
        var reader = new JatsText(source.FileName);
        var titleElement = SafeXml.Child(SafeXml.Child(meta, "title-group"), "article-title");
        var title = titleElement is null ? "" : reader.Inline(titleElement, 0);
        if (title.Length == 0) title = Path.GetFileNameWithoutExtension(source.FileName);
        reader.Outline.AddHeading(title, 1, titleElement is null ? 1 : SafeXml.Line(titleElement));

        // The abstract is the authors' own summary: prose, under the title (a structured abstract's sections are headings).
        foreach (var summary in SafeXml.Children(meta, "abstract").Where(a => (string?)a.Attribute("abstract-type") is null or "summary" or "structured"))
            reader.Read(summary, 2, 1);
        reader.Read(SafeXml.Child(root, "body"), 2, 1);
        reader.ReadBack(SafeXml.Child(root, "back"), 1);
        foreach (var note in reader.Notes) reader.Outline.AddReference(note);

        return new ParsedDocument(source.FileName, title, SourceFormat.Jats, reader.Outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title, Author = Authors(meta), Date = PublicationDate(meta), Url = Doi(meta) },
            References = reader.Outline.References,
        };
    }

    // "Liisi Valdmann, Dorin Petrescu-Hale": the authors in order, each given names before surname, as the article prints them.
    private static string? Authors(XElement? meta)
    {
        var names = SafeXml.Children(meta, "contrib-group").SelectMany(g => SafeXml.Children(g, "contrib"))
            .Where(c => (string?)c.Attribute("contrib-type") is null or "author")
            .Select(c => SafeXml.Child(c, "name") is { } name
                ? $"{SafeXml.Child(name, "given-names")?.Value.Trim()} {SafeXml.Child(name, "surname")?.Value.Trim()}".Trim()
                : SafeXml.Child(c, "collab")?.Value.Trim() ?? "")
            .Where(n => n.Length > 0).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    // The date the article was published (electronic or print), "2024-09-09"; a received or accepted date is the journal's
    // bookkeeping and never the document's date.
    private static string? PublicationDate(XElement? meta)
    {
        var dates = SafeXml.Children(meta, "pub-date").ToList();
        var date = dates.FirstOrDefault(d => ((string?)d.Attribute("date-type") ?? (string?)d.Attribute("pub-type")) is "pub" or "epub" or "ppub" or "epub-ppub")
            ?? dates.FirstOrDefault();
        if (date is null) return null;
        if ((string?)date.Attribute("iso-8601-date") is { Length: > 0 } iso) return iso;
        var year = SafeXml.Child(date, "year")?.Value.Trim();
        if (string.IsNullOrEmpty(year)) return null;
        var parts = new[] { year, SafeXml.Child(date, "month")?.Value.Trim(), SafeXml.Child(date, "day")?.Value.Trim() };
        return string.Join("-", parts.TakeWhile(p => !string.IsNullOrEmpty(p)).Select((p, i) => i == 0 ? p : p!.PadLeft(2, '0')));
    }

    private static string? Doi(XElement? meta) =>
        SafeXml.Children(meta, "article-id").FirstOrDefault(e => (string?)e.Attribute("pub-id-type") == "doi")?.Value.Trim() is { Length: > 0 } doi
            ? $"https://doi.org/{doi}"
            : null;

    [GeneratedRegex(@"^<(?:[\w.-]+:)?article[\s>]")]
    private static partial Regex ArticleRoot();
}

/// <summary>The blocks and notes of one JATS article, read element by element.</summary>
internal sealed partial class JatsText(string fileName)
{
    private static readonly HashSet<string> Paragraphs = ["p", "disp-quote", "verse-group", "speech", "statement", "def-item"];
    private static readonly HashSet<string> Containers = ["body", "abstract", "trans-abstract", "boxed-text", "app-group", "app", "glossary", "def-list", "sec-meta"];
    // Furniture: labels ("2.", "Table 1."), alternative texts, objects and what a reader is not given as words.
    private static readonly HashSet<string> Unread =
        ["label", "object-id", "alt-text", "long-desc", "graphic", "inline-graphic", "media", "permissions", "kwd-group", "attrib",
         "supplementary-material", "processing-meta", "custom-meta-group", "counts", "tex-math", "disp-formula", "inline-formula"];

    public OutlineBlocks Outline { get; } = new();
    public List<string> Notes { get; } = [];

    /// <summary>The blocks of a container, a section or a block element, in document order, headings at <paramref name="level"/>.</summary>
    public void Read(XElement? element, int level, int depth)
    {
        if (element is null) return;
        Guard(element, depth);
        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            if (Unread.Contains(name) || name == "title") continue;
            if (name is "fn" or "fn-group" or "table-wrap-foot" or "ref-list" or "notes") ReadNotes(child, depth + 1);
            else if (name == "sec") ReadSection(child, level, depth + 1);
            else if (Containers.Contains(name)) Read(child, level, depth + 1);
            else if (Paragraphs.Contains(name)) Outline.AddText(PassageKind.Paragraph, Inline(child, depth + 1), SafeXml.Line(child));
            else if (name == "list") ReadList(child, 0, depth + 1);
            else if (name is "table-wrap" or "fig" or "table-wrap-group" or "fig-group") ReadFloat(child, depth + 1);
            else if (name == "table") ReadTable(child, depth + 1);
            // Any other element with words of its own is a block; one holding only elements is read through.
            else if (child.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
                Outline.AddText(PassageKind.Paragraph, Inline(child, depth + 1), SafeXml.Line(child));
            else Read(child, level, depth + 1);
        }
    }

    /// <summary>The back matter: appendices are prose; notes, footnotes and the reference list are references; acknowledgements
    /// thank readers and funders, which is neither the article's narrative nor a source of it.</summary>
    public void ReadBack(XElement? back, int depth)
    {
        if (back is null) return;
        foreach (var child in back.Elements())
        {
            var name = child.Name.LocalName;
            if (name is "app-group" or "app" or "sec") ReadSection(child, 2, depth + 1);
            else if (name is not ("ack" or "label" or "title")) ReadNotes(child, depth + 1);
        }
    }

    // "<sec><label>2.</label><title>The eastern prelude</title> …": a heading one level below its parent section's; after it the
    // text stands under the headings above again.
    private void ReadSection(XElement section, int level, int depth)
    {
        Guard(section, depth);
        var title = SafeXml.Child(section, "title");
        if (title is null)
        {
            Read(section, level, depth);
            return;
        }
        Outline.AddHeading(Inline(title, depth + 1), level, SafeXml.Line(title));
        Read(section, level + 1, depth);
        Outline.EndSections(level);
    }

    // Each footnote, reference or note is one reference, its label aside; a group's title ("References") is none.
    private void ReadNotes(XElement element, int depth)
    {
        Guard(element, depth);
        var items = element.Elements().Where(e => e.Name.LocalName is "fn" or "ref" or "fn-group" or "ref-list" or "notes" or "sec").ToList();
        if (items.Count == 0)
        {
            if (element.Name.LocalName is not ("title" or "label") && Inline(element, depth + 1, spaced: true) is { Length: > 0 } text) Notes.Add(text);
            return;
        }
        foreach (var item in items) ReadNotes(item, depth + 1);
    }

    private void ReadList(XElement list, int indent, int depth)
    {
        Guard(list, depth);
        foreach (var item in list.Elements().Where(e => e.Name.LocalName == "list-item"))
        {
            var words = string.Join(" ", item.Elements().Where(e => e.Name.LocalName != "list" && !Unread.Contains(e.Name.LocalName)).Select(e => Inline(e, depth + 1)));
            Outline.AddText(PassageKind.ListItem, words.Trim(), SafeXml.Line(item), indent);
            foreach (var nested in item.Elements().Where(e => e.Name.LocalName == "list")) ReadList(nested, indent + 1, depth + 1);
        }
    }

    // A table or figure: its caption is a caption (its title and paragraphs as one), its table's rows are sentences, its foot's
    // notes are references.
    private void ReadFloat(XElement wrap, int depth)
    {
        Guard(wrap, depth);
        foreach (var child in wrap.Elements())
        {
            var name = child.Name.LocalName;
            if (name == "caption") Outline.AddText(PassageKind.Caption, Inline(child, depth + 1), SafeXml.Line(child));
            else if (name == "table") ReadTable(child, depth + 1);
            else if (name is "table-wrap" or "fig" or "alternatives") ReadFloat(child, depth + 1);
            else if (name is "table-wrap-foot" or "fn-group" or "fn") ReadNotes(child, depth + 1);
        }
    }

    // An XHTML table: the rows of its head (or a first row of header cells) name the columns; each other row reads as its cells
    // under those names, as a table's row does in every format (TableCells).
    private void ReadTable(XElement table, int depth)
    {
        Guard(table, depth);
        var rows = table.Descendants().Where(e => e.Name.LocalName == "tr").ToList();
        List<string> header = [];
        foreach (var row in rows)
        {
            var cells = row.Elements().Where(e => e.Name.LocalName is "td" or "th").ToList();
            var texts = cells.Select(c => Inline(c, depth + 1)).ToList();
            var inHead = row.Parent?.Name.LocalName == "thead" || cells.Count > 0 && cells.All(c => c.Name.LocalName == "th");
            if (inHead && header.Count == 0) header = texts;
            else if (texts.Any(t => t.Length > 0)) Outline.AddText(PassageKind.Paragraph, TableCells.Row(texts, header), SafeXml.Line(row));
        }
    }

    /// <summary>An element's words in reading order, one space for any run of white space; its footnotes go to <see cref="Notes"/>.
    /// A citation's parts (surname, given names, source, year) are elements with no space between them, so they are
    /// <paramref name="spaced"/>.</summary>
    public string Inline(XElement element, int depth, bool spaced = false)
    {
        var text = new StringBuilder();
        Append(element, text, depth, spaced);
        return SpaceBeforePunctuation().Replace(Spaces().Replace(text.ToString(), " "), "$1").Trim();
    }

    private void Append(XElement element, StringBuilder text, int depth, bool spaced)
    {
        Guard(element, depth);
        foreach (var node in element.Nodes())
        {
            if (node is XText words)
            {
                text.Append(words.Value);
                continue;
            }
            if (node is not XElement child || Unread.Contains(child.Name.LocalName)) continue;
            var name = child.Name.LocalName;
            if (name == "fn") Notes.Add(Inline(child, depth + 1));
            // "…16 September.<xref rid="b2">2</xref>": a marker is no word; "<xref>Trotter (1991)</xref> called it" is.
            else if (name == "xref" && IsMarker(child.Value)) continue;
            else if (name == "break") text.Append(' ');
            else
            {
                // A block inside a paragraph (a list, a quotation) or a citation's part is words of it, set apart by spaces.
                var apart = spaced || Paragraphs.Contains(name) || name is "list" or "list-item" or "title" or "caption";
                if (apart) text.Append(' ');
                Append(child, text, depth + 1, spaced);
                if (apart) text.Append(' ');
            }
        }
    }

    private static bool IsMarker(string text) => MarkerText().IsMatch(text.Trim());

    private void Guard(XElement element, int depth)
    {
        if (depth > SafeXml.MaxDepth) throw new ImportException(fileName, SafeXml.Line(element), $"elements nested more than {SafeXml.MaxDepth} deep.");
    }

    // "1", "2–4", "a", "*", "†", "1,3": what a cross-reference prints when it only points.
    [GeneratedRegex(@"^(?:[\d\p{P}\p{S}\s]*|[a-z]|[ivx]+)$")]
    private static partial Regex MarkerText();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([,.;:)])")]
    private static partial Regex SpaceBeforePunctuation();
}
