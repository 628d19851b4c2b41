using AngleSharp.Dom;
using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Import.Formats.Html;

/// <summary>
/// Pages saved by Microsoft Word ("Web Page, Filtered"): Word writes every paragraph as &lt;p class=MsoNormal&gt;, so a
/// heading typed as a bold line is a paragraph whose whole text is in &lt;b&gt; (<see cref="BoldHeading"/>), and a
/// "MsoTitle", "MsoSubtitle" or "MsoHeading…" paragraph is a heading by its style; "MsoFootnoteText" and
/// "MsoEndnoteText" paragraphs, and the "ftn…"/"edn…" blocks Word puts them in, are notes, not prose; so is a paragraph that opens
/// with a link back to its note mark, as Google Docs writes its notes.
/// </summary>
internal static class WordParagraphs
{
    /// <summary>A page Word made: its generator says so, or its paragraphs carry Word's "Mso…" styles.</summary>
    public static bool IsWordPage(IDocument page) =>
        page.QuerySelector("meta[name=Generator], meta[name=generator]")?.GetAttribute("content")?.Contains("Microsoft Word", StringComparison.OrdinalIgnoreCase) == true
        || page.QuerySelector("p.MsoNormal") is not null;

    /// <summary>The level of a heading written as a Word paragraph (1 for a title; bold lines one below the page's
    /// deepest real heading), or null when the paragraph is prose.</summary>
    public static int? HeadingLevel(IElement paragraph, string text, int boldLevel)
    {
        if (paragraph.LocalName != "p") return null;
        var style = paragraph.GetAttribute("class") ?? "";
        if (style.StartsWith("MsoTitle", StringComparison.OrdinalIgnoreCase)) return 1;
        if (style.StartsWith("MsoSubtitle", StringComparison.OrdinalIgnoreCase) || style.StartsWith("MsoHeading", StringComparison.OrdinalIgnoreCase))
            return boldLevel;
        return BoldHeading.Reads(text) && AllBold(paragraph) ? boldLevel : null;
    }

    /// <summary>The level for bold-line headings: one below the deepest h1–h6 on the page (2 when it has at most an h1).</summary>
    public static int BoldLevel(IElement root)
    {
        var deepest = root.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').DefaultIfEmpty(1).Max();
        return Math.Clamp(deepest + 1, 2, 6);
    }

    /// <summary>A footnote's or endnote's paragraph, or Word's block of them ("ftn1", "edn2").</summary>
    public static bool IsNote(IElement element)
    {
        var style = element.GetAttribute("class") ?? "";
        if (style.StartsWith("MsoFootnoteText", StringComparison.OrdinalIgnoreCase) || style.StartsWith("MsoEndnoteText", StringComparison.OrdinalIgnoreCase))
            return true;
        if (OpensWithBackLink(element))
            return true;
        var id = element.Id ?? "";
        return element.LocalName == "div" && id.Length > 3 && (id.StartsWith("ftn", StringComparison.Ordinal) || id.StartsWith("edn", StringComparison.Ordinal))
            && id[3..].All(char.IsAsciiDigit);
    }

    // Google Docs opens a note's paragraph with a link back to its mark in the text: <p><a href="#ftnt_ref1" id="ftnt1">[1]</a> …
    private static bool OpensWithBackLink(IElement element) =>
        element.LocalName == "p" && element.ChildNodes.FirstOrDefault(n => n is not IText t || !string.IsNullOrWhiteSpace(t.Data)) is IElement { LocalName: "a" } link
        && (link.GetAttribute("href") ?? "").StartsWith("#ftnt_ref", StringComparison.Ordinal);

    // Every letter of the paragraph is inside <b> or <strong> (or a bold font weight).
    private static bool AllBold(IElement paragraph) =>
        paragraph.Descendants<IText>().Where(t => t.Data.Any(char.IsLetterOrDigit))
            .All(t => t.GetAncestors().OfType<IElement>().TakeWhile(e => e != paragraph).Any(IsBold));

    private static bool IsBold(IElement element) =>
        element.LocalName is "b" or "strong"
        || (element.GetAttribute("style") ?? "").Replace(" ", "").Contains("font-weight:bold", StringComparison.OrdinalIgnoreCase);
}
