using SovietInterventions.Core.Import.Claims;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>
/// Where a phrase sits in a leading clause opened by a subordinator of data/claim-rules.json ("after", "when", "although"):
/// one that opens the sentence, or one that a comma closes before the main clause ("four days after France had sued for an
/// armistice, the Soviet Union issued an ultimatum"). A clause trailing the main one (", when General X crossed the bridge") is not.
/// </summary>
internal static class SubordinateClause
{
    /// <summary>The phrase stands in such a clause, and the main clause has no Soviet subject (a Soviet agent before the clause or in
    /// the first words after it): the sentence tells another subject's act ("angered by the Soviet support, the government expelled the Soviet embassy").</summary>
    public static bool OnlyThere(string sentence, string phrase, ClaimRules rules) =>
        Around(sentence, phrase, rules) is var (start, end) && !rules.Agents.AnyIn(sentence[..start] + " " + SubjectOf(sentence[end..]));

    private const int SubjectWords = 4;

    // The words a main clause opens with, where its subject stands ("the Soviet Union issued", not "… expelled the Soviet embassy").
    private static string SubjectOf(string mainClause) =>
        string.Join(' ', mainClause.TrimStart(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(SubjectWords));

    /// <summary>The phrase stands in such a clause.</summary>
    public static bool Within(string sentence, string phrase, ClaimRules rules) => Around(sentence, phrase, rules) is not null;

    private static (int Start, int End)? Around(string sentence, string phrase, ClaimRules rules)
    {
        var at = sentence.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var comma = sentence.LastIndexOf(',', Math.Max(0, at - 1));
        var words = sentence[(comma + 1)..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var opener = Array.FindLastIndex(words, w => rules.Subordinators.Contains(w));
        if (opener < 0) return null;
        var start = sentence.IndexOf(words[opener], comma + 1, StringComparison.Ordinal);
        var end = sentence.IndexOf(',', at + phrase.Length);
        if (start > 0 && (end < 0 || sentence[end..].Trim(',', ' ', '.').Length == 0)) return null;
        return (start, end < 0 ? sentence.Length : end);
    }
}
