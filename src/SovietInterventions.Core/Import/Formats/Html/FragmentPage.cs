using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Import.Formats.Html;

/// <summary>
/// One web page written out of the HTML another format holds as text (a feed item's notes, an export's CDATA, a post), each
/// fragment at its line in the file, and read as a web page's article is (<see cref="HtmlArticleParser"/>): only text leaves it,
/// never markup.
/// </summary>
internal sealed partial class FragmentPage
{
    private readonly AlignedText page = new();

    public FragmentPage(string title, int line) =>
        page.Add($"<!DOCTYPE html><html><head><title>{WebUtility.HtmlEncode(title)}</title></head><body><h1>{WebUtility.HtmlEncode(title)}</h1>", line);

    public void AddHeading(string text, int level, int line) => page.Add($"<h{level}>{WebUtility.HtmlEncode(text)}</h{level}>", line);

    /// <summary>HTML as it stands, or plain text, whose blank lines part its paragraphs.</summary>
    public void AddText(string text, int line) =>
        page.Add(IsHtml(text) ? $"<div>{Balanced(CustomElement().Replace(text, "<$1div"))}</div>"
            : "<p>" + BlankLines().Replace(WebUtility.HtmlEncode(text), m => "</p>" + m.Value + "<p>") + "</p>", line);

    /// <summary>One row of labelled cells, read as a data table's row is ("start: 1940-06-17; end: 1940-08-05"); a single cell as a
    /// label and its value.</summary>
    public void AddRow(IReadOnlyList<(string Label, string Value)> cells, int line) =>
        page.Add(cells.Count == 1 ? $"<table><tr><th>{WebUtility.HtmlEncode(cells[0].Label)}</th><td>{WebUtility.HtmlEncode(cells[0].Value)}</td></tr></table>"
            : "<table><tr>" + string.Concat(cells.Select(c => $"<th>{WebUtility.HtmlEncode(c.Label)}</th>")) + "</tr><tr>"
              + string.Concat(cells.Select(c => $"<td>{WebUtility.HtmlEncode(c.Value)}</td>")) + "</tr></table>", line);

    public ParsedDocument Parse(SourceText source)
    {
        page.Add("</body></html>", 1);
        return HtmlArticleParser.Parse(source with { Text = page.ToString() });
    }

    // Each piece is made whole before it joins the page: an unclosed "<!--", an attribute cut off at a feed's length limit or a
    // "<plaintext>" in one item would otherwise take in every later item. Within the bounds a page has (HtmlPage): nesting is
    // flattened first, and a piece that makes the parser work far beyond its size is kept as its words only.
    private static string Balanced(string html)
    {
        var (bounded, _) = HtmlNesting.Bound(html);
        var budget = PieceBaseBytes + HtmlPage.BytesPerCharacter * bounded.Length;
        var start = GC.GetAllocatedBytesForCurrentThread();
        var parser = new HtmlParser(new HtmlParserOptions
        {
            IsScripting = false,
            MaximumDepth = HtmlNesting.MaxDepth + 50,
            OnToken = (_, _) => { if (GC.GetAllocatedBytesForCurrentThread() - start > budget) throw new TooMuchWork(); },
        });
        try
        {
            var holder = parser.ParseDocument("").CreateElement("div");
            holder.Append([.. parser.ParseFragment(bounded, holder)]);
            // Nothing ends a "<plaintext>": its text is kept, as preformatted text.
            foreach (var endless in holder.QuerySelectorAll("plaintext"))
            {
                var kept = holder.Owner!.CreateElement("pre");
                kept.TextContent = endless.TextContent;
                endless.Replace(kept);
            }
            return holder.InnerHtml;
        }
        catch (TooMuchWork)
        {
            return "<p>" + WebUtility.HtmlEncode(PlainText(html)) + "</p>";
        }
    }

    private const long PieceBaseBytes = 8L << 20;

    private sealed class TooMuchWork : Exception;

    /// <summary>Text that holds HTML's block or inline elements, rather than words that mention a "&lt;".</summary>
    public static bool IsHtml(string text) => MarkupTag().IsMatch(text);

    /// <summary>The words of a short HTML fragment (a post), its paragraphs and line breaks kept as blank lines and line ends.</summary>
    public static string PlainText(string html) =>
        IsHtml(html) ? WebUtility.HtmlDecode(AnyTag().Replace(ParagraphEnd().Replace(html, "\n\n"), "")) : html;

    [GeneratedRegex(@"<(?:p|br|div|span|ul|ol|li|h[1-6]|a|b|i|em|strong|en-note)[\s/>]", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupTag();

    // "<en-note>", "<en-todo/>": an application's own elements wrap blocks as a div does; unknown to a browser, they would run the
    // blocks inside them together.
    [GeneratedRegex(@"<(/?)[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9-]+")]
    private static partial Regex CustomElement();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"</p>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphEnd();

    [GeneratedRegex(@"<[^>]{0,500}>")]
    private static partial Regex AnyTag();
}
