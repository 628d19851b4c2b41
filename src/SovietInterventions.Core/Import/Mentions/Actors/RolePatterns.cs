using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// The rules of data/actor-roles.json compiled into word sequences. A pattern matches when its words
/// stand before and/or after the mention within the sentence, allowing a few words in between
/// (see data/README.md); the closest match wins, then the earlier rule.
/// </summary>
internal sealed class RolePatterns
{
    public const string DefaultRole = "involved";
    private const int NearGap = 3;
    private const int AppositiveGap = 10;
    private const int EllipsisGap = 6;
    private const int Window = 200;

    /// <summary>One pattern: the word segments before and after {actor}; "..." separates segments.</summary>
    private sealed record Pattern(int Rule, string Role, IReadOnlyList<ActorType> Types, List<List<string>> Before, List<List<string>> After);

    private readonly List<Pattern> patterns;
    // Patterns by the word nearest the mention, so that a mention is tried only against patterns that can match.
    private readonly Dictionary<string, List<int>> byWordBefore = [];
    private readonly Dictionary<string, List<int>> byWordAfter = [];

    public RolePatterns(IReadOnlyList<ActorRoleRule> rules)
    {
        patterns = [.. rules.SelectMany((rule, index) => rule.Patterns.Select(text =>
        {
            var folded = FoldedText.Key(text).ToLowerInvariant();
            var at = folded.IndexOf("{actor}", StringComparison.Ordinal);
            return new Pattern(index, rule.Role, rule.Types, Segments(folded[..at]), Segments(folded[(at + "{actor}".Length)..]));
        }))];
        for (var i = 0; i < patterns.Count; i++)
        {
            var (index, word) = patterns[i].Before.Count > 0 ? (byWordBefore, patterns[i].Before[^1][^1]) : (byWordAfter, patterns[i].After[0][0]);
            if (!index.TryGetValue(word, out var list))
                index[word] = list = [];
            list.Add(i);
        }
    }

    private SortedSet<int> Candidates(List<string> before, List<string> after)
    {
        var found = new SortedSet<int>();
        for (var gap = 0; gap <= NearGap && gap < before.Count; gap++)
            if (byWordBefore.TryGetValue(before[before.Count - 1 - gap], out var list))
                found.UnionWith(list);
        for (var gap = 0; gap <= AppositiveGap + NearGap && gap < after.Count; gap++)
            if (byWordAfter.TryGetValue(after[gap], out var list))
                found.UnionWith(list);
        return found;
    }

    /// <summary>
    /// The role of the mention at [start, start + length). The words looked at stop at the neighbouring
    /// mentions (<paramref name="from"/>, <paramref name="to"/>), so a pattern is never read across another actor.
    /// </summary>
    public string RoleOf(FoldedText lower, int start, int length, ActorType type, int from, int to)
    {
        var before = Words.Before(lower.Value, start, Math.Min(Window, start - from));
        var after = Words.After(lower.Value, start + length, Math.Min(Window, to - start - length));
        // "Zimbabwe African People's Union), who …": the name's closing bracket leaves what follows said of it.
        if (after.Count > 0 && after[0] == ")")
            after.RemoveAt(0);
        var best = (Distance: int.MaxValue, Rule: int.MaxValue, Role: DefaultRole);
        foreach (var pattern in Candidates(before, after).Select(i => patterns[i]))
        {
            if (pattern.Types.Count > 0 && !pattern.Types.Contains(type))
                continue;
            var distanceBefore = pattern.Before.Count == 0 ? 0 : MatchBefore(before, pattern.Before);
            var distanceAfter = pattern.After.Count == 0 ? 0 : MatchAfter(after, pattern.After);
            if (distanceBefore < 0 || distanceAfter < 0)
                continue;
            var candidate = (distanceBefore + distanceAfter, pattern.Rule, pattern.Role);
            if (candidate.Item1 < best.Distance || (candidate.Item1 == best.Distance && candidate.Rule < best.Rule))
                best = candidate;
        }
        return best.Role;
    }

    private static List<List<string>> Segments(string side) =>
        [.. side.Split("...").Select(Words.Of).Where(words => words.Count > 0)];

    /// <summary>The fewest words between the pattern's end and the mention, or -1.</summary>
    private static int MatchBefore(List<string> words, List<List<string>> segments)
    {
        for (var gap = 0; gap <= NearGap && gap <= words.Count; gap++)
        {
            // A gap stays within the clause, and "helped by {actor}" or "help from {actor}"
            // makes the actor the agent, not the object of the verb.
            if (gap > 0 && (words[words.Count - gap] is "by" or "from" || !words[words.Count - gap].Any(char.IsLetterOrDigit)))
                break;
            if (EndsWith(words, words.Count - gap, segments, segments.Count - 1))
                return gap;
        }
        return -1;
    }

    private static bool EndsWith(List<string> words, int end, List<List<string>> segments, int segment)
    {
        var start = end - segments[segment].Count;
        if (start < 0 || !words.Skip(start).Take(segments[segment].Count).SequenceEqual(segments[segment]))
            return false;
        if (segment == 0)
            return true;
        for (var gap = 0; gap <= EllipsisGap && start - gap >= 0; gap++)
            if (EndsWith(words, start - gap, segments, segment - 1))
                return true;
        return false;
    }

    /// <summary>The fewest words between the mention and the pattern, or -1. An appositive between
    /// commas ("Popescu, a former minister, was deposed") may be longer than the usual gap, and the usual
    /// few words may follow it ("Popescu, fearing a civil war, gave in and resigned").</summary>
    private static int MatchAfter(List<string> words, List<List<string>> segments)
    {
        var appositiveEnd = -1;
        for (var gap = 0; gap < words.Count; gap++)
        {
            if (words[0] == "," && gap > 1 && appositiveEnd < 0 && words[gap - 1] == "," && gap <= AppositiveGap)
                appositiveEnd = gap;
            var afterAppositive = appositiveEnd > 0 && gap - appositiveEnd <= NearGap
                && words.Skip(appositiveEnd).Take(gap - appositiveEnd).All(w => w.Any(char.IsLetterOrDigit));
            if ((gap <= NearGap || afterAppositive) && StartsWith(words, gap, segments, 0))
                return gap;
            if (gap >= AppositiveGap + NearGap)
                break;
        }
        return -1;
    }

    private static bool StartsWith(List<string> words, int start, List<List<string>> segments, int segment)
    {
        var count = segments[segment].Count;
        if (start + count > words.Count || !words.Skip(start).Take(count).SequenceEqual(segments[segment]))
            return false;
        if (segment == segments.Count - 1)
            return true;
        for (var gap = 0; gap <= EllipsisGap && start + count + gap < words.Count; gap++)
            if (StartsWith(words, start + count + gap, segments, segment + 1))
                return true;
        return false;
    }
}
