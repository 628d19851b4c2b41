using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Extraction.Episodes;
using SovietInterventions.Core.Import.Formats.Prose;

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
            if (chosen.Any(c => WordTrigrams.AreRepeats(c.Sentence, claim.Sentence) || (c.Date == claim.Date && c.Kind == claim.Kind && c.Date is not null))) continue;
            chosen.Add(claim);
        }
        return chosen.OrderBy(c => c.Date?.ToIso() ?? "9999", StringComparer.Ordinal)
            .Select(c => new LeadDraft(c.Sentence, c.Passage)).ToList();
    }

    // A sentence that points back ("With his death …", "… reacted to these reforms") needs the one before it:
    // the same test the page's narrative applies to its first passage, plus the reviewed words in claim-rules.json.
    private static bool RefersBack(string sentence, ClaimRules rules)
    {
        if (sentence.Length == 0 || !char.IsUpper(sentence[0]) && !char.IsDigit(sentence[0])) return true;
        return ReferBack.Opens(sentence) || rules.ReferBack.Find(sentence).FirstOrDefault() is { Index: 0 };
    }
}
