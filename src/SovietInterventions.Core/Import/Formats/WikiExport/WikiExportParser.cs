using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Formats.WikiText;
using SovietInterventions.Core.Import.Formats.Xml;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.WikiExport;

/// <summary>
/// Reads a MediaWiki XML export (Special:Export: a &lt;mediawiki&gt; root with a &lt;page&gt; per article): each page's latest
/// revision is wikitext under a "= title =" heading, read by <see cref="WikiTextParser"/> at the lines it has in the file.
/// Revision bookkeeping (contributors, comments, timestamps, hashes) and the site's information are no prose.
/// </summary>
internal static partial class WikiExportParser
{
    /// <summary>A document whose first element is &lt;mediawiki&gt; (6: above a web page's 5, which any markup resembles).</summary>
    public static int Likeness(DocumentShape shape) => ExportRoot().IsMatch(SafeXml.AfterProlog(shape.Text)) ? 6 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var root = SafeXml.Load(source);
        var wikitext = new AlignedText();
        foreach (var page in SafeXml.Children(root, "page"))
        {
            var title = SafeXml.Child(page, "title");
            // The export lists revisions oldest first; the last is the page as it stands.
            var text = SafeXml.Children(page, "revision").Select(r => SafeXml.Child(r, "text")).LastOrDefault(t => t is not null);
            if (text is null || text.Value.Trim().Length == 0) continue;
            if (title is not null && title.Value.Trim().Length > 0) wikitext.Add($"= {title.Value.Trim()} =", SafeXml.Line(title));
            wikitext.Add(text.Value, SafeXml.Line(text));
        }
        var document = WikiTextParser.Parse(source with { Text = wikitext.ToString() });
        return document with { Format = SourceFormat.WikiExport };
    }

    [GeneratedRegex(@"^<mediawiki[\s>]")]
    private static partial Regex ExportRoot();
}
