using System.Text;
using Markdig.Syntax.Inlines;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>The plain text of Markdig inlines: emphasis, links and code keep their words, markup goes.</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
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
            case HtmlInline or AutolinkInline:
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, text);
                break;
        }
    }
}
