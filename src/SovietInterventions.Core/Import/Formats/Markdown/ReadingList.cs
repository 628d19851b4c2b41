using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// A list of books is apparatus whatever heads it ("References for the three cases", or no heading at all): a list
/// of two or more items that each name an author, then a title in italics, then the year it appeared
/// ("Toivo U. Raun, *Estonia and the Estonians* (Hoover, 2001).", "Golan, Galia. *Soviet Policies* (1990), ch. 6").
/// One such item among notes ("Hungary, *Whirlwind* …") proves nothing; a list made only of them is a reading list.
/// </summary>
internal static partial class ReadingList
{
    private const int MaxBeforeYear = 60; // "Cambridge: Cambridge University Press, 2008" fits

    public static bool Is(ListBlock list)
    {
        var items = list.OfType<ListItemBlock>().ToList();
        return items.Count >= 2 && items.All(i => i.Count > 0 && i[0] is ParagraphBlock { Inline: { } inline } && IsCitation(inline));
    }

    private static bool IsCitation(ContainerInline inline)
    {
        var author = "";
        var child = inline.FirstChild;
        for (; child is LiteralInline literal; child = child.NextSibling) author += literal.Content.ToString();
        if (child is not EmphasisInline { DelimiterCount: 1 } title || !Author().IsMatch(author.Trim().TrimEnd(',', ':').Trim())) return false;
        // What follows the title is where and when it appeared, not a clause ("*Whirlwind* crossed the border in 1956").
        var after = InlineText.From(title.NextSibling).TrimStart(' ', ',', '.', ':');
        var year = Year().Match(after);
        return InlineText.Of(title).Length > 0 && year.Success && year.Index <= MaxBeforeYear && !(after.Length > 0 && char.IsLower(after[0]));
    }

    // Two to six names and initials: "Toivo U. Raun", "Raun, Toivo U.", "Ludo De Witte", "Jan van der Berg".
    [GeneratedRegex(@"^(\p{Lu}[\p{L}'’\-]*\.?|de|van|von|der|den|al|el|la|le|di|da|du)(,?\s+(\p{Lu}[\p{L}'’\-]*\.?|de|van|von|der|den|al|el|la|le|di|da|du)){1,5}$")]
    private static partial Regex Author();

    [GeneratedRegex(@"\b(1[5-9]|20)\d\d\b")]
    private static partial Regex Year();
}
