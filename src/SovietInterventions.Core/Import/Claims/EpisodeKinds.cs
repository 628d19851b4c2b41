using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// An episode's kind and side from its claims, where the Soviet side is the one acting: the kind most of
/// its claims do (a tie goes to the kind listed first in data/claim-rules.json); aid whose side the sources name as
/// an opposition is support for an insurgency; invasion of a state that waged war on the Soviet side is a war. The side an aid claim names, when it fits the kind (an invasion or
/// occupation is against the government, whatever government it backed afterwards), else the side its kind implies
/// (none for aid whose side no source names). An episode with no claim falls back to the episode rules' kind words,
/// counted in the sentences where the Soviet side acts first (the claims already leave out an act word in quotation marks).
/// An invasion of land a third state held (its puppet state on the target's land, or the target "Japanese-occupied") struck
/// the holder, not the land's own country: it counts as an occupation of the land. An invasion told as dated years before the
/// episode's first year ("troops had stood there since the invasion of 1941") is how the troops came to be there: within the
/// episode they occupy the land, and the claim counts as an occupation.
/// </summary>
internal static class EpisodeKinds
{
    public static EpisodeKind Kind(IReadOnlyList<Claim> claims, EpisodeRules rules, string text, HeldLand? land = null, int? firstYear = null)
    {
        var held = land?.Held(claims.Where(c => c.Role == ActRole.Intervention)) ?? new HashSet<string>();
        var acting = claims.Where(c => c.Role == ActRole.Intervention)
            .Select(c => c.Kind == EpisodeKind.Invasion && (c.Targets.Count > 0 && c.Targets.All(held.Contains) || InvadedBefore(c, firstYear))
                ? c with { Kind = EpisodeKind.Occupation } : c).ToList();
        if (acting.Count > 0)
        {
            var counts = acting.GroupBy(c => c.Kind).Select(g => (Kind: g.Key, Count: g.Count())).ToList();
            var tied = counts.Where(k => k.Count == counts.Max(c => c.Count)).Select(k => k.Kind).ToList();
            var stated = StatedSide(claims)?.Side;
            // Aid to a government the sources name is not an invasion of its country, whatever ties with it.
            if (tied.Contains(EpisodeKind.MilitaryAid) && stated == SovietSide.Government) return EpisodeKind.MilitaryAid;
            var kind = tied.OrderBy(k => Order(rules.Claims, k)).First();
            if (kind == EpisodeKind.Invasion && WagedOnTheSovietSide(claims, acting)) return EpisodeKind.War;
            return kind == EpisodeKind.MilitaryAid && stated == SovietSide.Opposition ? EpisodeKind.InsurgencySupport : kind;
        }
        // The Soviet side's own sentences first ("the Red Army counter-attacked", not "the Polish army counter-attacked").
        var own = string.Join("\n", ProseText.SplitSentences(text).Where(rules.Claims.Agents.AnyIn));
        return MostWords(rules, own) ?? MostWords(rules, text) ?? rules.DefaultKind;
    }

    // More than a year before the episode's first year: a heading's years may start a year after the first blow, not several.
    private static bool InvadedBefore(Claim claim, int? firstYear) => firstYear is { } first && claim.LastYear is { } last && last < first - 1;

    // Soviet blows against a state the sources say waged war on the Soviet side over a stated period ("a war fought by
    // Finland against the Soviet Union from 1941 to 1944") are a war with it, not an invasion of it.
    private static bool WagedOnTheSovietSide(IReadOnlyList<Claim> claims, List<Claim> acting)
    {
        var struck = acting.Where(c => c.Kind == EpisodeKind.Invasion).SelectMany(c => c.Targets).ToHashSet();
        return claims.Any(c => c.Role == ActRole.Defence && c.Targets.Any(struck.Contains));
    }

    private static EpisodeKind? MostWords(EpisodeRules rules, string text)
    {
        var best = rules.Kinds.Select((rule, order) => (rule.Kind, Score: rule.Words.CountIn(text), order))
            .OrderByDescending(k => k.Score).ThenBy(k => k.order).First();
        return best.Score > 0 ? best.Kind : null;
    }

    /// <summary>The side the sources state, with the claim that states it.</summary>
    public static (SovietSide Side, Claim Claim)? StatedSide(IReadOnlyList<Claim> claims) =>
        claims.Where(c => c.Side is not null && c.Role != ActRole.Aside).GroupBy(c => c.Side!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => ((SovietSide, Claim)?)(g.Key, g.First())).FirstOrDefault();

    /// <summary>The stated side if it fits the kind: an invasion, occupation or blockade never sided with the government it struck.</summary>
    public static (SovietSide Side, Claim Claim)? Fitting((SovietSide Side, Claim Claim)? stated, EpisodeKind kind) =>
        stated is { Side: SovietSide.Government } && AgainstTheTarget(kind) ? null : stated;

    public static SovietSide? Side(EpisodeKind kind, IReadOnlyList<Claim> claims) => Fitting(StatedSide(claims), kind)?.Side ?? kind switch
    {
        EpisodeKind.Invasion or EpisodeKind.Occupation => SovietSide.Occupation,
        EpisodeKind.Coup => SovietSide.Faction,
        EpisodeKind.InsurgencySupport => SovietSide.Opposition,
        _ => null,
    };

    /// <summary>Kinds whose acts are against the target's government or territory.</summary>
    public static bool AgainstTheTarget(EpisodeKind kind) => kind is EpisodeKind.Invasion or EpisodeKind.Occupation or EpisodeKind.Blockade or EpisodeKind.War;

    private static int Order(ClaimRules rules, EpisodeKind kind)
    {
        var at = rules.KindOrder.ToList().IndexOf(kind);
        return at < 0 ? int.MaxValue : at;
    }
}
