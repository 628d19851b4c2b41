using System.Text;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>Readable URL segments: lower-case ASCII words joined by hyphens ("1990-north-ruritania"); a letter with a diacritic
/// keeps its base letter ("Léopoldville" → "leopoldville"), by the same table as name matching (Normalize does nothing under
/// invariant globalization).</summary>
public static class Slug
{
    public static string From(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text)
        {
            if (CharFolding.Fold(c) is not { } folded) Add(slug, c);
            else foreach (var f in folded) Add(slug, f);
        }
        var result = slug.ToString().Trim('-');
        if (result.Length > 80) result = result[..80].TrimEnd('-');
        return result.Length == 0 ? "untitled" : result;
    }

    // A letter or digit as itself, an apostrophe as nothing ("Smith's"), anything else as one hyphen between words.
    private static void Add(StringBuilder slug, char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(lower);
        else if (lower != '\'' && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
    }
}
