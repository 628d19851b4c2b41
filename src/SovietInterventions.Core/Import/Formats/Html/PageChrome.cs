using AngleSharp.Dom;

namespace SovietInterventions.Core.Import.Formats.Html;

/// <summary>
/// What of a saved web page is the page's own furniture rather than its article: scripts and styles, forms,
/// navigation, the site's header and footer, sidebars, cookie banners, share buttons, edit links, hidden elements.
/// Also which element holds the article: &lt;main&gt;, else the &lt;article&gt; with the most paragraphs, else the body.
/// </summary>
internal static class PageChrome
{
    // Elements that never hold article prose (their text is code, controls, media or the site's chrome).
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "form", "button",
        "input", "select", "textarea", "nav", "aside", "dialog", "menu", "head", "audio", "video", "map", "xmp", "plaintext",
        "noembed", "noframes", "frameset", "footer", "header", "title", "link", "meta",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar", "dialog", "alertdialog",
    };

    // Words of a class or id (split at '-' and '_') that name the site's furniture, not its article.
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navbox", "navigation", "menu", "sidebar", "breadcrumb", "breadcrumbs", "cookie", "cookies",
        "consent", "gdpr", "share", "sharing", "social", "advert", "advertisement", "ads", "ad", "promo", "newsletter",
        "subscribe", "subscription", "comments", "comment", "toc", "editsection", "noprint", "catlinks", "popup", "modal",
        "hatnote", "ambox", "banner", "masthead", "skiplink", "footer", "topbar", "toolbar", "pagination", "byline",
    };

    /// <summary>The element holding the article: one that holds at least half the page's paragraphs.</summary>
    public static IElement MainContent(IDocument page)
    {
        var body = page.Body ?? page.DocumentElement;
        var all = Paragraphs(body);
        var candidates = page.QuerySelectorAll("main, [role=main]")
            .Concat(page.QuerySelectorAll("article").OrderByDescending(Paragraphs));
        return candidates.FirstOrDefault(c => Paragraphs(c) * 2 >= all && Paragraphs(c) > 0) ?? body;
    }

    /// <summary>
    /// True for furniture. A class or id alone does not make furniture of an element that holds half the article's
    /// paragraphs (a "has-sidebar" layout wrapper holds the article itself).
    /// </summary>
    public static bool IsFurniture(IElement element, int articleParagraphs)
    {
        if (FurnitureTags.Contains(element.LocalName)) return true;
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") is "true") return true;
        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim())) return true;
        if (element.GetAttribute("style") is { } style && style.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase)) return true;
        if (element.LocalName == "sup" && HasWord(element, "reference")) return true; // a footnote mark: [12]
        return HasFurnitureWord(element) && Paragraphs(element) * 2 < Math.Max(articleParagraphs, 1);
    }

    public static int Paragraphs(IElement element) => element.GetElementsByTagName("p").Length;

    private static bool HasFurnitureWord(IElement element) => Words(element).Any(FurnitureWords.Contains);

    private static bool HasWord(IElement element, string word) => Words(element).Contains(word, StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of an element's class and id, split at spaces, '-' and '_'.</summary>
    public static IEnumerable<string> Words(IElement element) =>
        $"{element.GetAttribute("class")} {element.Id}".Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
}
