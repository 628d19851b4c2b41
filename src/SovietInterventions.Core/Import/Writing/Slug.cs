using System.Globalization;
using System.Text;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>Readable URL segments: lower-case ASCII words joined by hyphens ("1990-north-ruritania").</summary>
public static class Slug
{
    public static string From(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(lower);
            else if (lower is 'ø') slug.Append('o');
            else if (lower is 'æ') slug.Append("ae");
            else if (lower is 'ß') slug.Append("ss");
            else if (lower is 'ł') slug.Append('l');
            else if (lower == '\'' || lower == '’') continue;
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().Trim('-');
        if (result.Length > 80) result = result[..80].TrimEnd('-');
        return result.Length == 0 ? "untitled" : result;
    }
}
