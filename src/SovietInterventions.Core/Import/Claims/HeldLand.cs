using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// Whether a claim's act fell on land a third state held rather than on the land's own country: the sentence names the
/// holder right before the land, either as an occupier ("Japanese-occupied China": the holder, a hyphen and an occupation
/// act word) or as the owner of a state the gazetteer places on one of the episode's countries ("the Japanese puppet state
/// of Manchukuo", Manchukuo's successor being China). Land one sentence shows held is held in every claim of the episode.
/// </summary>
internal sealed class HeldLand(IReadOnlyCollection<string> episodeTargets, Gazetteer gazetteer, ClaimRules rules)
{
    /// <summary>The claims' targets that a sentence shows held by a third state.</summary>
    public IReadOnlySet<string> Held(IEnumerable<Claim> claims) =>
        claims.SelectMany(c => c.Targets.Where(t => Holds(c, t))).ToHashSet(StringComparer.Ordinal);

    private bool Holds(Claim claim, string target)
    {
        var start = claim.Passage.Text.IndexOf(claim.Sentence, StringComparison.Ordinal);
        if (start < 0) return false;
        var mentions = claim.Passage.Countries.Where(m => m.Index >= start && m.Index < start + claim.Sentence.Length).OrderBy(m => m.Index).ToList();
        return mentions.Any(land => land.CountrySlug == target && HeldBy(claim, mentions, land));
    }

    private bool HeldBy(Claim claim, List<CountryMention> mentions, CountryMention land)
    {
        var holder = mentions.LastOrDefault(m => m.Index + m.Length <= land.Index);
        if (holder is null || claim.Targets.Contains(holder.CountrySlug) || episodeTargets.Contains(holder.CountrySlug) || Soviet(holder)) return false;
        var between = claim.Passage.Text[(holder.Index + holder.Length)..land.Index];
        if (between.StartsWith('-') && rules.Acts.Find(between.TrimStart('-')) is [{ Index: 0, Value.Kind: Model.EpisodeKind.Occupation } act]
            && between[(1 + act.End)..].Trim().Length == 0) return true;
        // The holder's state on the episode's land: a historical state whose successor is one of the episode's countries, named after its owner.
        return !episodeTargets.Contains(land.CountrySlug) && gazetteer.Country(land.CountrySlug) is { Historical: true } state
            && state.Successors.Any(episodeTargets.Contains) && !between.Contains(',') && !between.Contains(" and ", StringComparison.Ordinal);
    }

    private bool Soviet(CountryMention mention) => gazetteer.Country(mention.CountrySlug)?.Intervener == true || rules.AgentCountries.Contains(mention.CountrySlug);
}
