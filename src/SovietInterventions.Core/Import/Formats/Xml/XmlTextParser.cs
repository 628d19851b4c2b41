using System.Text.RegularExpressions;
using System.Xml.Linq;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Html;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Xml;

/// <summary>
/// Reads XML that no other format knows but that holds prose (a notes app's export such as Evernote's .enex, a CMS dump): a
/// short element named like a title is a heading, an element whose text is HTML (in CDATA or escaped) is read as a web page's
/// article is (<see cref="HtmlArticleParser"/>), an element with a sentence's worth of words is a paragraph, each at its line
/// in the file. Short values (dates, ids, tags, URLs) are the program's bookkeeping. XML that holds no prose (a table of
/// records) stays an unknown format.
/// </summary>
internal static partial class XmlTextParser
{
    private static readonly HashSet<string> TitleNames = new(StringComparer.OrdinalIgnoreCase) { "title", "subject", "heading", "headline", "name" };
    private const int MinWords = 5;
    private const int MaxTitleWords = 20;
    private const int MinProse = 2;

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
        foreach (var child in root.Elements().Where(e => e != titleElement)) Read(child, 2, 1, page, source.FileName);
        var document = page.Parse(source);
        return document with { Format = SourceFormat.Xml, Title = title, Metadata = document.Metadata with { Title = title } };
    }

    private static void Read(XElement element, int level, int depth, FragmentPage page, string fileName)
    {
        if (depth > SafeXml.MaxDepth) throw new ImportException(fileName, SafeXml.Line(element), $"elements nested more than {SafeXml.MaxDepth} deep.");
        if (element.HasElements)
        {
            foreach (var child in element.Elements()) Read(child, level, depth + 1, page, fileName);
            return;
        }
        var text = element.Value.Trim();
        var line = SafeXml.Line(element);
        if (IsTitle(element)) page.AddHeading(text, level, line);
        else if (FragmentPage.IsHtml(text) || Words(text) >= MinWords) page.AddText(text, line);
    }

    private static bool IsTitle(XElement element) =>
        TitleNames.Contains(element.Name.LocalName) && !element.HasElements && Words(element.Value) is > 0 and <= MaxTitleWords;

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^<[A-Za-z_][\w:.-]*[\s>/]")]
    private static partial Regex XmlRoot();
}
