using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Extraction.Episodes;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>A sentence of an episode's lead, with the passage it comes from.</summary>
public sealed record LeadDraft(string Text, PassageDraft Passage);

/// <summary>
/// Chooses an episode's lead: up to three of its claims, each a sentence naming the Soviet agent, its act
/// and the target, dated in the sentence where possible, never one that refers back to a sentence not shown
/// ("With his death …", "This …"), never the same statement twice; shown in time order.
/// </summary>
internal static class EpisodeLead
{
    private const int Sentences = 3;
    private const int MinLength = 30;
    private const int MaxLength = 400;

    public static List<LeadDraft> Choose(EpisodeDraft episode, IReadOnlyList<Claim> claims, ClaimRules rules)
    {
        var candidates = claims
            .Where(c => c.Role == ActRole.Intervention && c.Sentence.Length is >= MinLength and <= MaxLength)
            .Where(c => c.Year is null || episode.Overlaps(c.Year.Value, c.LastYear!.Value, slack: 1))
            .Where(c => !RefersBack(c.Sentence, rules))
            .OrderByDescending(c => c.DatedInSentence)
            .ThenBy(c => c.Date?.ToIso() ?? "9999", StringComparer.Ordinal)
            .ThenBy(c => c.Document, StringComparer.Ordinal).ThenBy(c => c.Passage.Position).ThenBy(c => c.SentenceIndex);
        var chosen = new List<Claim>();
        foreach (var claim in candidates)
        {
            if (chosen.Count == Sentences) break;
            if (chosen.Any(c => NearDuplicate.Same(c.Sentence, claim.Sentence) || (c.Date == claim.Date && c.Kind == claim.Kind && c.Date is not null))) continue;
            chosen.Add(claim);
        }
        return chosen.OrderBy(c => c.Date?.ToIso() ?? "9999", StringComparer.Ordinal)
            .Select(c => new LeadDraft(c.Sentence, c.Passage)).ToList();
    }

    // A sentence opening with a word that points back ("With", "This", "He") needs the one before it.
    private static bool RefersBack(string sentence, ClaimRules rules)
    {
        if (sentence.Length == 0 || !char.IsUpper(sentence[0]) && !char.IsDigit(sentence[0])) return true;
        return rules.ReferBack.Find(sentence).FirstOrDefault() is { Index: 0 };
    }
}

/// <summary>Two sentences are the same statement when most of their word trigrams are shared.</summary>
internal static class NearDuplicate
{
    private const double Shared = 0.8;

    public static bool Same(string a, string b)
    {
        var x = Trigrams(a);
        var y = Trigrams(b);
        if (x.Count == 0 || y.Count == 0) return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        return x.Intersect(y).Count() >= Shared * Math.Min(x.Count, y.Count);
    }

    private static HashSet<string> Trigrams(string text)
    {
        var words = text.ToLowerInvariant().Split((char[])[' ', ',', '.', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, Math.Max(0, words.Length - 2)).Select(i => $"{words[i]} {words[i + 1]} {words[i + 2]}").ToHashSet();
    }
}
