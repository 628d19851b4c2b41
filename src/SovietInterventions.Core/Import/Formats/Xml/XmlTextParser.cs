using System.Text.RegularExpressions;
using System.Xml.Linq;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Html;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Xml;

/// <summary>
/// Reads XML that no other format knows but that holds prose (a notes app's export such as Evernote's .enex, a CMS dump): a
/// short element named like a title is a heading, an element whose text is HTML (in CDATA or escaped) is read as a web page's
/// article is (<see cref="HtmlArticleParser"/>), an element with a sentence's worth of words is a paragraph, each at its line
/// in the file; one whose text runs around inline elements ("<para>… <emphasis>…</emphasis> …</para>", as DocBook writes) is one
/// paragraph of all of it, a note inside it (a footnote) a reference. Short values (dates, ids, tags, URLs) are the program's
/// bookkeeping. XML that holds no prose (a table of records) stays an unknown format.
/// </summary>
internal static partial class XmlTextParser
{
    private static readonly HashSet<string> TitleNames = new(StringComparer.OrdinalIgnoreCase) { "title", "subject", "heading", "headline", "name" };
    private const int MinWords = 5;
    private const int MaxTitleWords = 20;
    private const int MinProse = 2;
    private static readonly HashSet<string> NoteNames = new(StringComparer.OrdinalIgnoreCase) { "footnote", "note", "fn", "endnote" };

    /// <summary>Any other XML whose elements hold prose (4: below every format that knows its XML, and below a web page's 5).</summary>
    public static int Likeness(DocumentShape shape)
    {
        var text = SafeXml.AfterProlog(shape.Text);
        // A web page is told before (and is no XML to load).
        if (!XmlRoot().IsMatch(text) || !text.TrimEnd().EndsWith('>') || HtmlArticleParser.IsHtml(shape.Text)) return 0;
        try
        {
            var root = SafeXml.Load(new SourceText(shape.FileName, shape.Text, ""));
            return root.DescendantsAndSelf().Count(e => !e.HasElements && Words(e.Value) >= MinWords) >= MinProse ? 4 : 0;
        }
        catch (ImportException) { return 0; }
    }

    public static ParsedDocument Parse(SourceText source)
    {
        var root = SafeXml.Load(source);
        var titleElement = root.Elements().FirstOrDefault(e => TitleNames.Contains(e.Name.LocalName) && !e.HasElements && Words(e.Value) is > 0 and <= MaxTitleWords);
        var title = titleElement?.Value.Trim() ?? Path.GetFileNameWithoutExtension(source.FileName);
        var page = new FragmentPage(title, titleElement is null ? 1 : SafeXml.Line(titleElement));
        var notes = new List<string>();
        foreach (var child in root.Elements().Where(e => e != titleElement)) Read(child, 2, 1, page, notes, source.FileName);
        var document = page.Parse(source);
        return document with
        {
            Format = SourceFormat.Xml,
            Title = title,
            Metadata = document.Metadata with { Title = title },
            References = [.. document.References, .. notes],
        };
    }

    private static void Read(XElement element, int level, int depth, FragmentPage page, List<string> notes, string fileName)
    {
        if (depth > SafeXml.MaxDepth) throw new ImportException(fileName, SafeXml.Line(element), $"elements nested more than {SafeXml.MaxDepth} deep.");
        if (element.HasElements && IsMixed(element))
        {
            // A paragraph with inline markup is one text; a footnote inside it is the document's note, not its prose.
            notes.AddRange(element.Descendants().Where(e => IsNote(e) && !InNote(e, element)).Select(e => ProseText.Squash(e.Value)).Where(n => n.Length > 0));
            var prose = ProseText.Squash(string.Concat(element.DescendantNodes().OfType<XText>().Where(t => !InNote(t, element)).Select(t => t.Value)));
            if (Words(prose) >= MinWords) page.AddText(prose, SafeXml.Line(element));
            return;
        }
        if (element.HasElements)
        {
            foreach (var child in element.Elements()) Read(child, level, depth + 1, page, notes, fileName);
            return;
        }
        var text = element.Value.Trim();
        var line = SafeXml.Line(element);
        if (IsTitle(element)) page.AddHeading(text, level, line);
        else if (FragmentPage.IsHtml(text) || Words(text) >= MinWords) page.AddText(text, line);
    }

    // Text of its own beside its elements: mixed content, a paragraph's inline markup.
    private static bool IsMixed(XElement element) => element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value));

    private static bool IsNote(XElement element) => NoteNames.Contains(element.Name.LocalName);

    // Inside a note below the paragraph being read (the paragraph's own place, however deep in a note, is not asked).
    private static bool InNote(XNode node, XElement paragraph) => node.Ancestors().TakeWhile(a => a != paragraph).Any(IsNote);

    private static bool IsTitle(XElement element) =>
        TitleNames.Contains(element.Name.LocalName) && !element.HasElements && Words(element.Value) is > 0 and <= MaxTitleWords;

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^<[A-Za-z_][\w:.-]*[\s>/]")]
    private static partial Regex XmlRoot();
}
