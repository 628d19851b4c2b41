using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>
/// A heading's numbering ("I. Finland", "III) Budapest", "4. Prague", "Part II: Egypt"): it orders a document's
/// sections and is never part of a place or a name.
/// </summary>
internal static partial class SectionMarker
{
    /// <summary>The text without its leading marker; the text itself when it has none.</summary>
    public static string Strip(string text)
    {
        var match = Marker().Match(text);
        return match.Success && match.Length < text.Length ? text[match.Length..] : text;
    }

    [GeneratedRegex(@"^\s*(?:(?:Part|Chapter|Section|Book)\s+(?:[IVXLC]+|\d{1,2})\s*[.:)–—-]?|(?:[IVXLC]{1,6}|\d{1,2}|[A-Za-z])[.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
