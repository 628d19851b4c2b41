using System.Globalization;
using System.Text;
using SovietInterventions.Core.Import.Mentions.Actors;

namespace SovietInterventions.Web.Search;

/// <summary>
/// Turns what a reader typed into an FTS5 query that cannot be misread: words of letters and digits only,
/// each in double quotes, so operators, quotes, parentheses and stars in the input are only separators.
/// </summary>
public static class FtsQuery
{
    const int MaxWords = 12;
    const int MaxWordLength = 40;

    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordPart(rune))
            {
                if (word.Length < MaxWordLength) word.Append(rune.ToString());
                continue;
            }
            Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0 && words.Count < MaxWords && !words.Contains(word.ToString(), StringComparer.OrdinalIgnoreCase))
                words.Add(word.ToString());
            word.Clear();
        }
    }

    /// <summary>The MATCH expression, or null when nothing searchable remains. The last word matches as a prefix (our own star).</summary>
    public static string? Build(string? text)
    {
        var words = Words(text);
        if (words.Count == 0) return null;
        return string.Join(' ', words.Select((w, i) => i == words.Count - 1 && w.Length >= 3 ? $"\"{w}\"*" : $"\"{w}\""));
    }

    static bool IsWordPart(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
