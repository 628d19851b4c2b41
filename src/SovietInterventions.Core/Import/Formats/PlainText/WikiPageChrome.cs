using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// What a saved wiki page prints around its article: skip links ("Skip to main content"), the site's tagline
/// ("From Wikipedia, the free encyclopedia"), a redirect hatnote ("(Redirected from …)"), maintenance banners
/// ("This article needs additional citations for verification. (March 2023)"), image placeholders
/// ("[Image: map.jpg]"), the category line, "Retrieved from …", the footer, and the skin's controls ("Main menu", "Tools",
/// "Search Wikipedia"; a newer skin's tabs and menus, copied one to a line: "Article", "Talk", "View history", "47 languages").
/// None of it is the article's text; the "[edit]" links beside the headings go too, and one copied onto a line of its own
/// marks the line above as a heading (<see cref="JoinEditLinks"/>).
/// </summary>
internal static partial class WikiPageChrome
{
    /// <summary>True for a line that is page chrome and no text.</summary>
    public static bool Is(string line)
    {
        var text = line.Trim();
        return text.Length > 0 && (SkipLink().IsMatch(text) || Redirect().IsMatch(text) || ImagePlaceholder().IsMatch(text)
            || Categories().IsMatch(text) || Footer().IsMatch(text) || MaintenanceBanner().IsMatch(text) || IsTagline(text)
            || Controls.Contains(text) || SearchBox().IsMatch(text) || Languages().IsMatch(text) || SubsectionToggle().IsMatch(text));
    }

    /// <summary>
    /// A newer skin copies a heading's "[edit]" link onto the line below it ("Precedents" over "[edit]"): the link is joined to the
    /// line above, so that reads as the "Precedents[edit]" heading it is, and its own line left blank, keeping every line's number.
    /// </summary>
    public static string[] JoinEditLinks(string[] lines)
    {
        var joined = (string[])lines.Clone();
        for (var i = 1; i < joined.Length; i++)
            if (EditLinks.Contains(joined[i].Trim(), StringComparer.OrdinalIgnoreCase) && joined[i - 1].Trim().Length > 0)
            {
                joined[i - 1] = joined[i - 1].TrimEnd() + joined[i].Trim();
                joined[i] = "";
            }
        return joined;
    }

    // The controls a wiki skin prints as lines of their own around the title.
    private static readonly HashSet<string> Controls = new(StringComparer.OrdinalIgnoreCase)
    {
        "Main menu", "Tools", "Search", "Add languages", "Article Talk", "Read Edit View history", "Read View source View history",
        "Create account Log in", "Log in", "Create account", "Personal tools", "Toggle the table of contents", "hide", "show",
        // Vector 2022 prints each tab and menu entry on its own line.
        "Article", "Talk", "Read", "Edit", "View history", "View source", "Edit source", "Add topic", "move to sidebar",
        "Main page", "Current events", "Random article", "About Wikipedia", "Contact us", "Donate", "Learn to edit",
        "Community portal", "Recent changes", "Upload file", "What links here", "Related changes", "Special pages",
        "Permanent link", "Page information", "Cite this page", "Get shortened URL", "Download QR code", "Download as PDF",
        "Printable version", "Wikidata item", "In other projects", "Print/export",
    };

    /// <summary>True for "[Image: march.jpg]", where a saved page had a picture.</summary>
    public static bool IsImagePlaceholder(string line) => ImagePlaceholder().IsMatch(line.Trim());

    /// <summary>"From Wikipedia, the free encyclopedia": the line right above it is the page's title.</summary>
    public static bool IsTagline(string line) => Tagline().IsMatch(line.Trim());

    /// <summary>The heading of a scraped "Background[edit]" line (a heading wherever it stands), or null.</summary>
    public static string? HeadingBeforeEditLink(string line)
    {
        foreach (var mark in EditLinks)
        {
            if (!line.EndsWith(mark, StringComparison.OrdinalIgnoreCase)) continue;
            var text = line[..^mark.Length].TrimEnd();
            return ArticleTitle.LooksLikeTitle(text) ? text : null;
        }
        return null;
    }

    private static readonly string[] EditLinks = ["[edit]", "[edit source]", "[edit | edit source]"];

    /// <summary>How many lines a table of contents takes from line i ("Contents", then "1 Background", "2.1 The march" …); 0 when none starts there.</summary>
    public static int ContentsLength(IReadOnlyList<string> lines, int i)
    {
        if (!ContentsLabel().IsMatch(lines[i].Trim())) return 0;
        var end = i + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || ContentsEntry().IsMatch(lines[end].Trim()))) end++;
        while (end > i + 1 && lines[end - 1].Trim().Length == 0) end--;
        return end - i > 1 ? end - i : 0;
    }

    [GeneratedRegex(@"^(?:Contents|Table of contents)(?:\s*\[(?:hide|show)\])?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsLabel();

    // "2.1 The march", and the "(Top)" a newer skin's contents open with.
    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})*\s+\p{Lu}[^.]{0,100}$|^\(Top\)$")]
    private static partial Regex ContentsEntry();

    // "47 languages": the language menu's button.
    [GeneratedRegex(@"^\d{1,3} languages?$", RegexOptions.IgnoreCase)]
    private static partial Regex Languages();

    // "Toggle Background subsection": a newer skin's contents fold each section's entries.
    [GeneratedRegex(@"^Toggle .{1,100} subsection$", RegexOptions.IgnoreCase)]
    private static partial Regex SubsectionToggle();

    [GeneratedRegex(@"^(?:Skip|Jump) to (?:main )?(?:content|navigation|search)$|^Back to top$", RegexOptions.IgnoreCase)]
    private static partial Regex SkipLink();

    [GeneratedRegex(@"^From [\p{L}\p{N} .'-]{1,40}, the (?:free )?[\p{L} -]{0,40}encyclopa?edia\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Tagline();

    // "Search Wikipedia", "Search ColdWarWiki": the search box's label.
    [GeneratedRegex(@"^Search [\p{L}\p{N}.-]+$")]
    private static partial Regex SearchBox();

    [GeneratedRegex(@"^\((?:Redirected|Redirect) from [^)]{1,120}\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Redirect();

    [GeneratedRegex(@"^\[(?:Image|File|Photo|Picture|Figure|Map)\s*:[^\]]{1,200}\]$", RegexOptions.IgnoreCase)]
    private static partial Regex ImagePlaceholder();

    [GeneratedRegex(@"^(?:Categories|Category|Hidden categories)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Categories();

    [GeneratedRegex(@"^Retrieved from [""“]?\S+$|^This page was last (?:edited|modified) on ", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();

    // The article speaks of itself and of what it lacks: "This article needs …", "This section does not cite any sources."
    [GeneratedRegex(@"^This (?:article|section|list|page)(?: or section)? (?:needs|may need|requires|relies|does not cite|has multiple issues|is missing|may require|possibly contains|lacks|may be in need)\b.{0,250}$", RegexOptions.IgnoreCase)]
    private static partial Regex MaintenanceBanner();
}
