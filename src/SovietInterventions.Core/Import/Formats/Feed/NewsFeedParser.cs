using System.Text.RegularExpressions;
using System.Xml.Linq;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Html;
using SovietInterventions.Core.Import.Formats.Xml;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Feed;

/// <summary>
/// Reads a news or podcast feed (RSS 2.0, RSS 1.0 or Atom): the feed's title titles the document, each item's title is a
/// heading over the item's notes, which are HTML (in CDATA or escaped) and read as a web page's article is
/// (<see cref="HtmlArticleParser"/>), at the lines they have in the file. Enclosures, dates, links, GUIDs and the
/// directories' tags (iTunes, Spotify) are no prose.
/// </summary>
internal static partial class NewsFeedParser
{
    /// <summary>A document whose first element is &lt;rss&gt;, Atom's &lt;feed&gt; or RSS 1.0's &lt;rdf:RDF&gt; (6: above a web page's 5).</summary>
    public static int Likeness(DocumentShape shape) => FeedRoot().IsMatch(SafeXml.AfterProlog(shape.Text)) ? 6 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var root = SafeXml.Load(source);
        // RSS 2.0 keeps its items in the channel, RSS 1.0 beside it, Atom has entries.
        var channel = SafeXml.Child(root, "channel") ?? root;
        var items = SafeXml.Children(channel, "item").Concat(SafeXml.Children(root, "item")).Concat(SafeXml.Children(root, "entry")).Distinct().ToList();
        var titleElement = SafeXml.Child(channel, "title");
        var title = titleElement?.Value.Trim() is { Length: > 0 } named ? named : Path.GetFileNameWithoutExtension(source.FileName);

        var page = new FragmentPage(title, titleElement is null ? 1 : SafeXml.Line(titleElement));
        if (Notes(channel) is { } about) page.AddText(Html(about), SafeXml.Line(about));
        foreach (var item in items)
        {
            if (SafeXml.Child(item, "title") is { } heading && heading.Value.Trim().Length > 0) page.AddHeading(heading.Value.Trim(), 2, SafeXml.Line(heading));
            if (Notes(item) is { } notes) page.AddText(Html(notes), SafeXml.Line(notes));
        }
        var document = page.Parse(source);
        return document with { Format = SourceFormat.Feed, Title = title, Metadata = document.Metadata with { Title = title } };
    }

    // An item's fullest notes: RSS's content:encoded over its description, Atom's content over its summary.
    private static XElement? Notes(XElement item) =>
        new[] { "encoded", "content", "description", "summary" }.Select(n => SafeXml.Child(item, n)).FirstOrDefault(e => e is not null && e.Value.Trim().Length > 0);

    // Notes are HTML or plain text as text (CDATA or escaped), or Atom's XHTML as elements.
    private static string Html(XElement notes) =>
        (string?)notes.Attribute("type") == "xhtml" ? string.Concat(notes.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))) : notes.Value;

    [GeneratedRegex(@"^<(?:rss|feed|rdf:RDF)[\s>]")]
    private static partial Regex FeedRoot();

}
