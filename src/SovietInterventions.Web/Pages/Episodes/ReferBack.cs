using System.Text.RegularExpressions;

namespace SovietInterventions.Web.Pages.Episodes;

/// <summary>
/// Whether a passage opens by pointing back at something said before it ("These reforms…", "He then…",
/// "With the leader's death…", "…reacted to these reforms"): such a passage cannot open a narrative.
/// </summary>
public static partial class ReferBack
{
    // English words that open a sentence by pointing back; grammar, not facts about any episode.
    static readonly HashSet<string> BackWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "them", "his", "her", "its", "their", "these", "this", "those", "that", "such",
        "thereafter", "afterwards", "meanwhile", "however", "also", "then", "thus", "hence", "moreover", "furthermore",
        "nevertheless", "nonetheless", "consequently", "subsequently", "likewise", "instead", "besides", "later",
    };

    public static bool Opens(string text)
    {
        var opening = text.TrimStart();
        if (opening.Length == 0) return false;
        if (opening.StartsWith("...", StringComparison.Ordinal) || opening.StartsWith('\u2026') || char.IsLower(opening[0])) return true;
        var words = WordTrigrams.Words(FirstSentence(opening));
        if (words.Count == 0) return false;
        if (BackWords.Contains(words[0]) || (words.Count > 1 && words[0] == "the" && words[1] is "latter" or "former" or "same")) return true;
        // "With X's death, ..." and "...reacted to these reforms": a consequence of, or a reference to, what came before.
        return WithPossessive().IsMatch(opening) || words.Skip(1).Any(w => w is "these" or "those");
    }

    static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(['.', '!', '?']);
        return end < 0 ? text : text[..end];
    }

    [GeneratedRegex(@"^(With|Upon) (the )?[\p{L}\-]+['\u2019]s? ")]
    private static partial Regex WithPossessive();
}
