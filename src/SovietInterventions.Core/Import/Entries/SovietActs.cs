using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>
/// Whether a sentence has the Soviet side act in it (a Soviet agent of data/claim-rules.json: "the Red Army", "Moscow",
/// "Soviet tanks"), for the site: two such sentences on the same day of one episode tell the same event, though one
/// says "invaded" and the other "quelled", a verb the claim rules need not know; on the same month only when they use
/// the same act word ("occupied … in June 1940" twice).
/// </summary>
public static class SovietActs
{
    private static readonly Lazy<ClaimRules> shipped = new(() => EpisodeRules.Load(Path.Combine(AppContext.BaseDirectory, "data")).Claims);

    public static bool Involve(string sentence) => Involve(sentence, shipped.Value);

    internal static bool Involve(string sentence, ClaimRules rules) => rules.Agents.AnyIn(sentence);

    /// <summary>The words of the Soviet agents a sentence names, lower-cased ("red", "army").</summary>
    public static IReadOnlySet<string> AgentWords(string sentence) =>
        shipped.Value.Agents.Find(sentence).SelectMany(a => WordTrigrams.Words(a.Text)).ToHashSet();

    /// <summary>The intervention act words a sentence uses, as written in lower case ("occupied", "invaded").</summary>
    public static IReadOnlySet<string> Words(string sentence) => Words(sentence, shipped.Value);

    internal static IReadOnlySet<string> Words(string sentence, ClaimRules rules) =>
        rules.Acts.Find(sentence).Where(a => a.Value.Role == ActRole.Intervention).Select(a => a.Text.ToLowerInvariant()).ToHashSet();

    /// <summary>The war a heading names ("World War II" in "1941–1949: World War II, formation of the bloc"): the part of it,
    /// after any years and between commas, with a war word of data/claim-rules.json (<c>compoundActs</c>) written as a name ("War", not "preparing the war"); null when none has.</summary>
    public static string? WarIn(string heading) => WarIn(heading, shipped.Value);

    internal static string? WarIn(string heading, ClaimRules rules)
    {
        var colon = heading.IndexOf(": ", StringComparison.Ordinal);
        var text = colon >= 0 && heading[..colon].Any(char.IsDigit) ? heading[(colon + 2)..] : heading;
        return text.Split([", ", "; "], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim())
            .FirstOrDefault(p => rules.Acts.Find(p).Any(a => a.Value.Role == ActRole.Compound && char.IsUpper(a.Text[0])));
    }

    /// <summary>The kinds of the intervention acts a sentence tells ("invaded" and "invasion" are both an invasion), and
    /// <see cref="Leaving"/> for a departure ("withdrew", or "the last Soviet column crossed the bridge").</summary>
    public static IReadOnlySet<string> Kinds(string sentence) => Kinds(sentence, shipped.Value);

    internal static IReadOnlySet<string> Kinds(string sentence, ClaimRules rules) =>
        rules.Acts.Find(sentence).Where(a => a.Value.Role is ActRole.Intervention or ActRole.End)
            .Select(a => a.Value.Role == ActRole.End || LastForces.AreLeaving(sentence, a.Index, a.End, rules) ? Leaving : a.Value.Kind.ToString()).ToHashSet();

    /// <summary>The kind <see cref="Kinds"/> gives a departure.</summary>
    public const string Leaving = "Leaving";
}
