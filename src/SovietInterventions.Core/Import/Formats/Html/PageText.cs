using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Html;

/// <summary>
/// One piece of a page's article text in reading order: a heading (Depth is its level), a paragraph, a list item
/// (Depth is its nesting), a caption or a table row; Reference when it stands in a footnote list.
/// </summary>
internal sealed record PageItem(PassageKind Kind, string Text, int Line, int Depth, bool Reference);

/// <summary>
/// Reads the text of a page's article element into <see cref="PageItem"/>s: h1–h6 are headings; the text of p, li,
/// blockquote, dd, figcaption and of any other block is one item at the line its element starts on; a data table gives
/// one item per row (<see cref="HtmlTableRows"/>); a header inside the article gives only its headings; furniture
/// (<see cref="PageChrome"/>) gives nothing. Only text nodes are read, never markup.
/// </summary>
internal sealed partial class PageText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "html", "legend", "header", "footer",
    };

    // Lists of footnotes or sources, whatever heading (if any) stands above them.
    private static readonly HashSet<string> ReferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "references", "reflist", "refbegin", "footnotes", "bibliography", "citations",
    };

    private readonly List<PageItem> items = [];
    private readonly int articleParagraphs;
    private readonly int? wordBoldLevel; // a page Word made: the level its bold-line headings take

    private PageText(IElement root)
    {
        articleParagraphs = PageChrome.Paragraphs(root);
        if (WordParagraphs.IsWordPage(root.Owner!)) wordBoldLevel = WordParagraphs.BoldLevel(root);
    }

    public static List<PageItem> Of(IElement root)
    {
        var reader = new PageText(root);
        reader.Block(root, listDepth: -1, reference: false);
        return reader.items;
    }

    // A block element: its own runs of inline text become items; block children are read in their turn.
    // The parser bounds the tree's depth (HtmlParserOptions.MaximumDepth), so recursion is bounded too.
    private void Block(IElement element, int listDepth, bool reference)
    {
        var name = element.LocalName;
        if (IsHeading(name))
        {
            Add(PassageKind.Heading, Inline(element), element, name[1] - '0', reference);
            return;
        }
        if (name == "table" && HtmlTableRows.IsDataTable(element))
        {
            if (element.Children.FirstOrDefault(c => c.LocalName == "caption") is { } caption)
                Add(PassageKind.Caption, Inline(caption), caption, 0, reference);
            foreach (var (line, text) in HtmlTableRows.Of(element, cell => Clean(Inline(cell))))
                if (text.Length > 0) items.Add(new PageItem(PassageKind.Paragraph, text, line, 0, reference));
            return;
        }
        if (wordBoldLevel is { } boldLevel)
        {
            if (WordParagraphs.HeadingLevel(element, Clean(Inline(element)), boldLevel) is { } level)
            {
                Add(PassageKind.Heading, Inline(element), element, level, reference);
                return;
            }
        }
        // Word's and Google Docs' notes, wherever the page was made.
        reference |= WordParagraphs.IsNote(element);
        if (name is "ul" or "ol") listDepth++;
        reference |= PageChrome.Words(element).Any(ReferenceWords.Contains);
        var kind = name switch
        {
            "li" => PassageKind.ListItem,
            "figcaption" or "caption" => PassageKind.Caption,
            _ => PassageKind.Paragraph,
        };

        var run = new StringBuilder();
        var runLine = Line(element);
        var brokenBefore = false; // only a block's first line can be its label
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement inner && BlockTags.Contains(inner.LocalName))
            {
                Flush(run, kind, runLine, listDepth, reference);
                if (inner.LocalName == "header" && inner.Closest("article, main") is not null) Headings(inner, reference);
                else if (!PageChrome.IsFurniture(inner, articleParagraphs)) Block(inner, listDepth, reference);
                runLine = Line(inner);
                continue;
            }
            if (run.Length == 0 && child is IElement first) runLine = Line(first);
            // "1/ Khiva, winter 1919–1920<br>By 1918 the old Khanate …": a message's or post's dated first line, set on a line of its
            // own, heads what follows as a heading does.
            if (kind == PassageKind.Paragraph && child is IElement { LocalName: "br" } && !brokenBefore && run.Length <= LabelLength
                && IsDatedLabel(Clean(run.ToString())) && NewSentenceFollows(child))
            {
                Add(PassageKind.Heading, run.ToString(), element, LabelLevel, reference);
                run.Clear();
                continue;
            }
            brokenBefore |= child is IElement { LocalName: "br" };
            AppendInline(child, run);
        }
        Flush(run, kind, runLine, listDepth, reference);
    }

    private const int LabelLevel = 6; // under every heading the page gives, and a sibling of the next label

    private static bool IsDatedLabel(string text) =>
        PlainText.ArticleTitle.LooksLikeTitle(text) && ProseText.FirstYear(text) is not null;

    private const int LabelLength = 200; // longer than any title, checked before the run is copied

    // "…1920<br>By 1918 the old Khanate": the line after the label opens a sentence of its own; "… entered Budapest<br>and crushed
    // the uprising" is one sentence wrapped. Only the next sibling with text is read.
    private static bool NewSentenceFollows(INode br)
    {
        for (var next = br.NextSibling; next is not null; next = next.NextSibling)
            if (next is IElement { LocalName: "br" }) continue;
            else if (next.TextContent.TrimStart() is { Length: > 0 } text) return char.IsUpper(text[0]) || char.IsDigit(text[0]);
        return false;
    }

    // A header inside the article (a title and a byline, a date, share buttons): only its headings are article text.
    private void Headings(IElement header, bool reference)
    {
        foreach (var heading in header.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            Add(PassageKind.Heading, Inline(heading), heading, heading.LocalName[1] - '0', reference);
    }

    private void Flush(StringBuilder run, PassageKind kind, int line, int listDepth, bool reference)
    {
        var text = Clean(run.ToString());
        run.Clear();
        if (text.Any(char.IsLetterOrDigit))
            items.Add(new PageItem(kind, text, line, kind == PassageKind.ListItem ? Math.Max(listDepth, 0) : 0, reference));
    }

    private void Add(PassageKind kind, string text, IElement element, int depth, bool reference)
    {
        text = Clean(text);
        if (text.Any(char.IsLetterOrDigit)) items.Add(new PageItem(kind, text, Line(element), depth, reference));
    }

    /// <summary>The text of an element and its inline descendants, furniture left out.</summary>
    public string Inline(IElement element)
    {
        var text = new StringBuilder();
        foreach (var child in element.ChildNodes) AppendInline(child, text);
        return text.ToString();
    }

    private void AppendInline(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText t:
                text.Append(t.Data);
                break;
            case IElement e when e.LocalName == "br":
                text.Append(' ');
                break;
            case IElement e when !PageChrome.IsFurniture(e, articleParagraphs):
                // A block inside an inline element (a link around a div) still parts the text it stands in.
                if (BlockTags.Contains(e.LocalName)) text.Append(' ');
                foreach (var child in e.ChildNodes) AppendInline(child, text);
                if (BlockTags.Contains(e.LocalName)) text.Append(' ');
                break;
        }
    }

    /// <summary>Whitespace collapsed, citation marks and edit links ("[edit]", "[12]") out.</summary>
    public static string Clean(string text) =>
        ProseText.RemoveCitations(EditLink().Replace(Whitespace().Replace(text, " "), "")).Trim();

    public static int Line(IElement element) => element.SourceReference?.Position.Line ?? 1;

    /// <summary>The text a reader sees in a fragment of HTML that another format carries (a quiz's question, a Markdown toggle):
    /// tags read by the HTML parser, entities decoded.</summary>
    public static string OfFragment(string html) =>
        html.Trim().Length == 0 ? "" : (new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{html}</body>").Body?.TextContent ?? "").Trim();

    public static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\[\s*(edit|edit source|change|change source)\s*(\|\s*edit source\s*)?\]", RegexOptions.IgnoreCase)]
    private static partial Regex EditLink();
}
