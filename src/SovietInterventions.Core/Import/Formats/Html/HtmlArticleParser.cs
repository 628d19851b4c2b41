using AngleSharp.Dom;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Html;

/// <summary>
/// Parses a web page saved from a browser (an encyclopedia article, a blog post, a news story, a course page).
/// Only the article is read (<see cref="PageChrome"/>): h1–h6 make the section path, p, li, blockquote and other
/// blocks become passages at the line their element starts on, a data table one passage per row. The title is the
/// article's first h1, else the page's &lt;title&gt; without the site's name, else the file name; never a paragraph.
/// A "References", "Notes", "Bibliography" … section, or a footnote list, gives references, not passages.
/// Only text leaves this parser, never markup.
/// </summary>
internal static class HtmlArticleParser
{
    private static readonly HashSet<string> ElementNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "article", "main", "section", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "nav", "table", "ul", "ol", "title", "meta",
    };

    /// <summary>
    /// A page that opens with an HTML doctype or an &lt;html&gt; element (after an XML prolog or comments) is HTML (5, over
    /// every other sign); so is markup without a prolog that opens with an HTML element and ends with a tag. XML is not.
    /// </summary>
    public static int Likeness(DocumentShape shape) => IsHtml(shape.Text) ? 5 : 0;

    public static bool IsHtml(string text)
    {
        var at = MarkupProlog.Skip(text, out var prolog);
        if (Opens(text, at, "<!doctype html") || Opens(text, at, "<html") && !char.IsAsciiLetterOrDigit(At(text, at + 5))) return true;
        if (prolog || !Opens(text, at, "<") || !text.TrimEnd().EndsWith('>')) return false;
        var end = at + 1;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
        return ElementNames.Contains(text[(at + 1)..end]);
    }

    public static ParsedDocument Parse(SourceText source)
    {
        var warnings = new List<string>();
        var page = HtmlPage.Read(source, warnings);
        var root = PageChrome.MainContent(page);
        var items = PageText.Of(root);

        var firstTitle = items.FirstOrDefault(i => i.Kind == PassageKind.Heading && i.Depth == 1 && !i.Reference);
        var pageTitle = page.QuerySelector("title") is { } t ? TitleWithoutSite(PageText.Clean(t.TextContent)) : "";
        var title = firstTitle?.Text
            ?? (pageTitle.Length > 0 ? pageTitle : Path.GetFileNameWithoutExtension(source.FileName));
        var titleLine = firstTitle?.Line ?? (page.QuerySelector("title") is { } te ? PageText.Line(te) : 1);

        var titleHeading = new Heading(title, 1, titleLine);
        List<Heading> headings = [titleHeading];
        var blocks = new List<Block> { new(PassageKind.Heading, title, titleLine, [titleHeading], 1) };
        var references = new List<string>();
        int? referenceLevel = null;
        foreach (var item in items)
        {
            if (item == firstTitle) continue;
            if (item.Kind == PassageKind.Heading)
            {
                var level = Math.Max(item.Depth, 2); // one title: a later h1 is a section
                if (referenceLevel is { } within && level > within) continue;
                referenceLevel = ReferenceSections.IsReferenceHeading(item.Text) ? level : null;
                if (referenceLevel is not null || item.Reference) continue;
                headings.RemoveAll(h => h.Level >= level);
                headings.Add(new Heading(item.Text, level, item.Line));
                blocks.Add(new Block(PassageKind.Heading, item.Text, item.Line, headings.ToArray(), level));
                continue;
            }
            if (referenceLevel is not null || item.Reference || ReferenceSections.StartsWithSourcesLabel(item.Text))
                references.Add(Footnote(item.Text));
            else
                blocks.Add(new Block(item.Kind, item.Text, item.Line, headings.ToArray(), item.Depth));
        }

        return new ParsedDocument(source.FileName, title, SourceFormat.Html, blocks, warnings)
        {
            Sha256 = source.Sha256,
            References = references,
            Metadata = Metadata(page, title),
        };
    }

    // "Hungarian uprising - Encyclopedia | Site" → "Hungarian uprising": the site's name follows the last separator.
    private static string TitleWithoutSite(string title)
    {
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " · " })
            if (title.LastIndexOf(separator, StringComparison.Ordinal) is var at and > 0)
                return TitleWithoutSite(title[..at].Trim());
        return title;
    }

    // A footnote's back-links ("^ a b") are no part of the source it names.
    private static string Footnote(string text) => text.TrimStart('^', '↑', ' ');

    // What the page says about itself in its head: the author and the address it was saved from.
    private static DocumentMetadata Metadata(IDocument page, string title)
    {
        var author = page.QuerySelector("meta[name=author]")?.GetAttribute("content")?.Trim();
        var url = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")?.Trim()
            ?? page.QuerySelector("meta[property='og:url']")?.GetAttribute("content")?.Trim();
        var absolute = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
        return new DocumentMetadata
        {
            Title = title,
            Author = string.IsNullOrWhiteSpace(author) ? null : PageText.Clean(author),
            Url = absolute ? uri!.AbsoluteUri : null,
        };
    }

    private static bool Opens(string text, int at, string start) => MarkupProlog.Opens(text, at, start);

    private static char At(string text, int at) => at < text.Length ? text[at] : ' ';
}
