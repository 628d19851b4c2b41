using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Formats.Xml;

/// <summary>
/// Loads an XML document (a TEI edition, a wiki export, a feed, an outline) with the line of each element, reading no
/// document type definition: no entity is expanded and nothing is fetched. Malformed XML is an error naming the file and line.
/// </summary>
internal static partial class SafeXml
{
    // Real documents nest elements a few dozen deep at most; deeper is hostile input, refused before a recursion runs out of stack.
    public const int MaxDepth = 200;

    public static XElement Load(SourceText source) => Read(source, ConformanceLevel.Document, WithNamedCharacters(source.Text))[0];

    /// <summary>The top-level elements of XML that may hold several one after another (a package's parts pasted into one file:
    /// a document, then its comments, then its footnotes), each part's own XML declaration aside.</summary>
    public static List<XElement> LoadParts(SourceText source)
    {
        var text = WithNamedCharacters(source.Text);
        var parts = Read(source, ConformanceLevel.Fragment, WithoutLaterDeclarations(text, MarkupProlog.Skip(text, out _)));
        return parts.Count > 0 ? parts : throw new ImportException(source.FileName, 1, "no XML element in the file.");
    }

    private static List<XElement> Read(SourceText source, ConformanceLevel conformance, string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true, ConformanceLevel = conformance,
        };
        try
        {
            // Depth first, in one streaming pass: building a tree nested thousands deep costs time quadratic in its depth.
            using (var scan = XmlReader.Create(new StringReader(text), settings))
                while (scan.Read())
                    if (scan.Depth > MaxDepth)
                        throw new ImportException(source.FileName, ((IXmlLineInfo)scan).LineNumber, $"elements nested more than {MaxDepth} deep.");
            using var reader = XmlReader.Create(new StringReader(text), settings);
            if (conformance == ConformanceLevel.Document) return [XDocument.Load(reader, LoadOptions.SetLineInfo).Root!];
            var parts = new List<XElement>();
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element) parts.Add(XElement.Load(reader.ReadSubtree(), LoadOptions.SetLineInfo));
                reader.Read();
            }
            return parts;
        }
        catch (XmlException e)
        {
            throw new ImportException(source.FileName, e.LineNumber > 0 ? e.LineNumber : null, $"not well-formed XML: {e.Message}");
        }
    }

    // Each "<?xml …?>" after the first part's is blanked where it stands, its line breaks kept, so every later line keeps its
    // number; one pass, since a declaration with no "?>" after it ends the search.
    private static string WithoutLaterDeclarations(string text, int from)
    {
        var at = text.IndexOf("<?xml", from, StringComparison.Ordinal);
        if (at < 0) return text;
        var blanked = text.ToCharArray();
        for (; at >= 0; at = text.IndexOf("<?xml", at, StringComparison.Ordinal))
        {
            var end = text.IndexOf("?>", at, StringComparison.Ordinal);
            if (end < 0) break;
            for (var i = at; i < end + 2; i++)
                if (blanked[i] is not ('\n' or '\r')) blanked[i] = ' ';
            at = end + 2;
        }
        return new string(blanked);
    }

    public static int Line(XObject node) => node is IXmlLineInfo { LineNumber: > 0 } info ? info.LineNumber : 1;

    /// <summary>The text from the document's first element on: past the prolog and a document type declaration (with its internal subset).</summary>
    public static string AfterProlog(string text)
    {
        var at = MarkupProlog.Skip(text, out _);
        if (MarkupProlog.Opens(text, at, "<!DOCTYPE"))
        {
            var subset = text.IndexOf('[', at);
            var close = text.IndexOf('>', at);
            if (subset >= 0 && subset < close) close = text.IndexOf("]>", subset, StringComparison.Ordinal) is var end and >= 0 ? end + 1 : -1;
            if (close < 0) return "";
            at = MarkupProlog.Skip(text, out _, close + 1);
        }
        return text[at..];
    }

    /// <summary>The child elements of that name, namespaces aside.</summary>
    public static IEnumerable<XElement> Children(XElement? element, string name) =>
        element is null ? [] : element.Elements().Where(e => e.Name.LocalName == name);

    /// <summary>The first child element of that name, namespaces aside, or null.</summary>
    public static XElement? Child(XElement? element, string name) => Children(element, name).FirstOrDefault();

    // "&mdash;", "&eacute;": older documents name characters by the entity sets of their DTD, which is not read; the HTML names
    // (a superset of those sets) give the characters. An unknown name stays, and the parser reports it with its line.
    private static string WithNamedCharacters(string text) =>
        text.Contains('&') ? NamedCharacter().Replace(text, m => m.Groups[1].Value is "amp" or "lt" or "gt" or "quot" or "apos"
            || System.Net.WebUtility.HtmlDecode(m.Value) is var decoded && decoded == m.Value ? m.Value : decoded) : text;

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex NamedCharacter();
}
