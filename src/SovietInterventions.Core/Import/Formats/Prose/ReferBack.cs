using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Mentions.Actors;

namespace SovietInterventions.Core.Import.Formats.Prose;

/// <summary>
/// Whether a passage opens by pointing back at something said before it ("These reforms…", "He then…",
/// "With the leader's death…", "…reacted to these reforms", "…in the same year"): such a passage cannot open a narrative.
/// </summary>
public static partial class ReferBack
{
    // English words that open a sentence by pointing back; grammar, not facts about any episode.
    static readonly HashSet<string> BackWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "them", "his", "her", "its", "their", "these", "this", "those", "that", "such",
        "thereafter", "afterwards", "meanwhile", "however", "also", "then", "thus", "hence", "moreover", "furthermore",
        "nevertheless", "nonetheless", "consequently", "subsequently", "likewise", "instead", "besides", "later",
        "but", "yet", "and",
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
        return WithPossessive().IsMatch(opening) || PointsBackInside(WordTrigrams.Words(FirstClause(opening)));
    }

    // "these reforms", "this decision", "the same year", "by noon that day" inside the first clause name something said earlier
    // ("that" before any other word is a conjunction: "said that the army …").
    static bool PointsBackInside(IReadOnlyList<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] is "these" or "those") return true;
            if (i + 1 < words.Count && (words[i] == "this" || (words[i] == "the" && words[i + 1] == "same") || (words[i] == "that" && TimeWords.Contains(words[i + 1])))) return true;
        }
        return false;
    }

    static readonly HashSet<string> TimeWords = ["day", "night", "morning", "afternoon", "evening", "week", "month", "year", "spring", "summer", "autumn", "winter"];

    // A clause ends at a sentence end, a semicolon or colon, or a comma before "and"/"but" joining a new clause.
    static string FirstClause(string text)
    {
        var sentence = FirstSentence(text);
        var end = sentence.IndexOfAny([';', ':']);
        if (end >= 0) sentence = sentence[..end];
        var joined = ClauseJoin().Match(sentence);
        return joined.Success ? sentence[..joined.Index] : sentence;
    }

    static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(['.', '!', '?']);
        return end < 0 ? text : text[..end];
    }

    [GeneratedRegex(@",\s+(and|but)\s")]
    private static partial Regex ClauseJoin();

    [GeneratedRegex(@"^(With|Upon) (the )?[\p{L}\-]+['\u2019]s? ")]
    private static partial Regex WithPossessive();
}
