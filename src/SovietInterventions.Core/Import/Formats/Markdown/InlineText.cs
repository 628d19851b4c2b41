using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>The plain text of Markdig inlines: emphasis, links and code keep their words, markup goes.</summary>
internal static class InlineText
{
    /// <summary>The words of the inlines; an HTML line break (<c>&lt;br&gt;</c>) is a new line.</summary>
    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    /// <summary>The words of the inlines before the first line break.</summary>
    public static string FirstLine(ContainerInline? container)
    {
        var text = new StringBuilder();
        for (var inline = container?.FirstChild; inline is not null and not LineBreakInline; inline = inline.NextSibling) Append(inline, text);
        return text.ToString().Trim();
    }

    /// <summary>The words of an inline and the siblings after it.</summary>
    public static string From(Inline? first)
    {
        var text = new StringBuilder();
        for (var inline = first; inline is not null; inline = inline.NextSibling) Append(inline, text);
        return text.ToString().Trim();
    }

    /// <summary>The link targets in the inlines, in order.</summary>
    public static IReadOnlyList<string> Links(ContainerInline? container) =>
        container is null ? [] : container.Descendants<LinkInline>().Where(l => !string.IsNullOrEmpty(l.Url)).Select(l => l.Url!)
            .Concat(container.Descendants<AutolinkInline>().Select(a => a.Url)).ToList();

    /// <summary>True when the inlines are links and nothing else but spaces and punctuation ("[Wikipedia](https://…)").</summary>
    public static bool IsOnlyLinks(ContainerInline? container)
    {
        if (container?.FirstChild is null) return false;
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            var filler = child switch
            {
                LinkInline or AutolinkInline or LineBreakInline => true,
                LiteralInline literal => literal.Content.ToString().All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c)),
                _ => false,
            };
            if (!filler) return false;
        }
        return true;
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlInline html when IsLineBreak(html.Tag):
                text.Append('\n');
                break;
            case HtmlInline or AutolinkInline:
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, text);
                break;
        }
    }

    // <br>, <br/>, <br /> and the misspelt </br> students write.
    private static bool IsLineBreak(string tag)
    {
        var name = tag.Trim('<', '>', '/', ' ').Trim();
        return name.Equals("br", StringComparison.OrdinalIgnoreCase);
    }
}
