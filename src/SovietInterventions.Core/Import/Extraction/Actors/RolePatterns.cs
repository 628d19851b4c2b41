using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Extraction;

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

    public RolePatterns(IReadOnlyList<ActorRoleRule> rules)
    {
        patterns = [.. rules.SelectMany((rule, index) => rule.Patterns.Select(text =>
        {
            var folded = FoldedText.Key(text).ToLowerInvariant();
            var at = folded.IndexOf("{actor}", StringComparison.Ordinal);
            return new Pattern(index, rule.Role, rule.Types, Segments(folded[..at]), Segments(folded[(at + "{actor}".Length)..]));
        }))];
    }

    public string RoleOf(FoldedText lower, int start, int length, ActorType type)
    {
        var before = Words.Before(lower.Value, start, Window);
        var after = Words.After(lower.Value, start + length, Window);
        var best = (Distance: int.MaxValue, Rule: int.MaxValue, Role: DefaultRole);
        foreach (var pattern in patterns)
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
            // "X-ed by {actor}" makes the actor the agent, not the object of X.
            if (gap > 0 && words[words.Count - gap] == "by")
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

    private static int MatchAfter(List<string> words, List<List<string>> segments)
    {
        var nearGap = words.Count > 0 && words[0] == "," ? AppositiveGap : NearGap;
        for (var gap = 0; gap <= nearGap && gap < words.Count; gap++)
            if (StartsWith(words, gap, segments, 0))
                return gap;
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
