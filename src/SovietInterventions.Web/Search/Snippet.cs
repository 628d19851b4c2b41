using Microsoft.AspNetCore.Html;

namespace SovietInterventions.Web.Search;

/// <summary>
/// FTS5 snippets carry our own marker characters around matches; everything else is text.
/// Rendering appends text (encoded by the page) and adds only our own &lt;mark&gt; tags.
/// </summary>
public static class Snippet
{
    public const char Open = '\u0002';
    public const char Close = '\u0003';

    public static IHtmlContent ToHtml(string snippet)
    {
        var html = new HtmlContentBuilder();
        var marked = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            if (i < snippet.Length && snippet[i] != Open && snippet[i] != Close) continue;
            if (i > start) html.Append(snippet[start..i]);
            if (i < snippet.Length)
            {
                var opening = snippet[i] == Open;
                if (opening != marked) html.AppendHtml(opening ? "<mark>" : "</mark>");
                marked = opening;
            }
            start = i + 1;
        }
        if (marked) html.AppendHtml("</mark>");
        return html;
    }

    /// <summary>The snippet as plain text, for the API.</summary>
    public static string ToText(string snippet) => snippet.Replace(Open.ToString(), "").Replace(Close.ToString(), "");
}
