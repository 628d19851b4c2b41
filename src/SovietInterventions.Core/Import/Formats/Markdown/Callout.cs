using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// An Obsidian callout: a block quote opening with "[!note] Title". The title heads the callout's text
/// (it is no part of the first sentence); the marker goes.
/// </summary>
internal static class Callout
{
    /// <summary>The callout's title as written (empty when it has none), or null when the quote is no callout.</summary>
    public static string? Title(QuoteBlock quote)
    {
        if (quote.FirstOrDefault() is not ParagraphBlock first) return null;
        var line = InlineText.FirstLine(first.Inline);
        if (!line.StartsWith("[!", StringComparison.Ordinal)) return null;
        var close = line.IndexOf(']');
        if (close < 3 || !line.AsSpan(2, close - 2).ToString().All(c => char.IsLetterOrDigit(c) || c is '-' or '_')) return null;
        return line[(close + 1)..].TrimStart('+', '-').Trim();
    }

    /// <summary>The words of a callout's first paragraph below its title line.</summary>
    public static string Body(ParagraphBlock first)
    {
        var child = first.Inline?.FirstChild;
        while (child is not null && child is not LineBreakInline) child = child.NextSibling;
        return InlineText.From(child?.NextSibling);
    }
}
