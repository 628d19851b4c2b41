using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// A paragraph that notes and scripts use as a sub-heading: only strong emphasis ("**Spain**",
/// "**[Stop 4 — the second room]**"), short and without a final full stop; or a short bold lead-in right
/// above a list ("**Hungary** → see the museum notes"); or a few bold words closed by a full stop that run into the paragraph's
/// sentences ("**Ghana, 1969.** In October 1968 …"). Bold words inside prose, or a bold label with a sentence after it, stay prose.
/// </summary>
internal static class EmphasisHeading
{
    private const int MaxLength = 80;

    /// <summary>The heading's words and what follows them on the line (empty when nothing), or null when the paragraph is prose.</summary>
    public static (string Heading, string After)? Of(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not MarkdownDocument || paragraph.Inline?.FirstChild is null) return null;
        var children = Children(paragraph.Inline).Where(c => !IsBlank(c)).ToList();
        if (children is not [EmphasisInline { DelimiterCount: >= 2 } strong, ..]) return null;
        var heading = Words(InlineText.Of(strong));
        var rest = children.Count == 1 ? "" : InlineText.Of(paragraph.Inline)[InlineText.Of(strong).Length..].Trim();
        if (heading.Length == 0 || ProseText.EndsSentence(heading) || ProseText.EndsSentence(rest)) return null;
        if (heading.Length + rest.Length > MaxLength) return null;
        // A bold word with more after it is a heading only as the lead-in of a list ("**Hungary** → see below").
        if (rest.Length > 0 && !(IsLeadIn(rest) && NextIsList(paragraph))) return null;
        return (heading, rest);
    }

    private const int MaxRunInWords = 6;

    /// <summary>
    /// The run-in heading of a paragraph, or null: a few bold words closed by a full stop that run into the paragraph's sentences
    /// ("**Ghana, 1969.** In October 1968 the military government …"), as in a printed book's notes on cases. It heads its own
    /// paragraph only, and stays in it: "**The USSR invaded in 1979.** It left in 1989." is a sentence too. An apparatus word
    /// ("**Notes.**") heads nothing, so that the sentences after it stay prose.
    /// </summary>
    public static string? RunIn(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not MarkdownDocument || paragraph.Inline?.FirstChild is null) return null;
        if (Children(paragraph.Inline).FirstOrDefault(c => !IsBlank(c)) is not EmphasisInline { DelimiterCount: >= 2 } strong) return null;
        var heading = Words(InlineText.Of(strong));
        var rest = InlineText.Of(paragraph.Inline)[InlineText.Of(strong).Length..].Trim();
        if (!heading.EndsWith('.') || heading.EndsWith("..", StringComparison.Ordinal) || heading.Split(' ').Length > MaxRunInWords
            || rest.Length == 0 || !char.IsUpper(rest[0]) || !ProseText.EndsSentence(rest)) return null;
        heading = heading[..^1].Trim();
        return ReferenceSections.IsReferenceHeading(heading) ? null : heading;
    }

    private static IEnumerable<Inline> Children(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling) yield return child;
    }

    private static bool IsBlank(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.IsEmptyOrWhitespace(),
        LineBreakInline => true,
        _ => false,
    };

    // "[Stop 7 — the exit]" reads "Stop 7 — the exit"; "Key facts:" reads "Key facts".
    private static string Words(string text)
    {
        text = string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (text.StartsWith('[') && text.EndsWith(']')) text = text[1..^1].Trim();
        return text.TrimEnd(':').Trim();
    }

    // A pointer or a colon, not a clause: "→ see below", "— overview", ": the facts".
    private static bool IsLeadIn(string rest) => rest[0] is '→' or '—' or '–' or '-' or ':' or '(';

    private static bool NextIsList(ParagraphBlock paragraph)
    {
        var parent = paragraph.Parent!;
        var index = parent.IndexOf(paragraph);
        return index + 1 < parent.Count && parent[index + 1] is ListBlock;
    }
}
