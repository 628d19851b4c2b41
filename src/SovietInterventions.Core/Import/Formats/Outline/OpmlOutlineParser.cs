using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Formats.Xml;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Outline;

/// <summary>
/// Reads an OPML outline (what outliners and mind-mapping tools export): the head's title titles the document, its owner and
/// date are metadata; an outline entry with entries under it is a heading one level below its parent's, one without is a
/// list item, and an entry's note (the "_note" attribute) is a paragraph under it.
/// </summary>
internal static partial class OpmlOutlineParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".opml"];

    /// <summary>A document whose first element is &lt;opml&gt; (6: above a web page's 5), or an ".opml" file (5).</summary>
    public static int Likeness(DocumentShape shape) =>
        OpmlRoot().IsMatch(SafeXml.AfterProlog(shape.Text)) ? 6 : shape.HasExtension(Extensions) ? 5 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var root = SafeXml.Load(source);
        var head = SafeXml.Child(root, "head");
        var titleElement = SafeXml.Child(head, "title");
        var title = titleElement?.Value.Trim() is { Length: > 0 } named ? named : Path.GetFileNameWithoutExtension(source.FileName);
        var outline = new OutlineBlocks();
        outline.AddHeading(title, 1, titleElement is null ? 1 : SafeXml.Line(titleElement));
        foreach (var entry in SafeXml.Children(SafeXml.Child(root, "body"), "outline")) Read(entry, 2, 0, outline, source.FileName);
        return new ParsedDocument(source.FileName, title, SourceFormat.Outline, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata
            {
                Title = title,
                Author = NullIfEmpty(SafeXml.Child(head, "ownerName")?.Value.Trim()),
                Date = NullIfEmpty(SafeXml.Child(head, "dateCreated")?.Value.Trim()),
            },
            References = outline.References,
        };
    }

    private static void Read(XElement entry, int level, int depth, OutlineBlocks outline, string fileName)
    {
        if (depth > SafeXml.MaxDepth) throw new ImportException(fileName, SafeXml.Line(entry), $"outline entries nested more than {SafeXml.MaxDepth} deep.");
        var text = Text((string?)entry.Attribute("text") ?? (string?)entry.Attribute("title"));
        var children = SafeXml.Children(entry, "outline").ToList();
        var line = SafeXml.Line(entry);
        if (children.Count > 0) outline.AddHeading(text, level, line);
        else outline.AddText(PassageKind.ListItem, text, line);
        // A note's lines are its paragraphs.
        foreach (var note in ((string?)entry.Attribute("_note") ?? "").Split('\n').Select(Text).Where(n => n.Length > 0))
            outline.AddText(PassageKind.Paragraph, note, line);
        foreach (var child in children) Read(child, level + 1, depth + 1, outline, fileName);
        if (children.Count > 0) outline.EndSections(level);
    }

    // Outliners may keep a little HTML in an entry ("<b>Hungary</b>"): its text is read, never its markup.
    private static string Text(string? value) =>
        value is null ? "" : Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(value, " ")), " ").Trim();

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    [GeneratedRegex(@"^<opml[\s>]")]
    private static partial Regex OpmlRoot();

    [GeneratedRegex(@"<[^>]{1,200}>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
