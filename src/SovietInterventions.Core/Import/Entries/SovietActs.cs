using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>
/// Whether a sentence states an intervention act of the Soviet side (a Soviet agent and an act of data/claim-rules.json),
/// for the site: two such sentences on the same day of one episode tell the same event.
/// </summary>
public static class SovietActs
{
    private static readonly Lazy<ClaimRules> shipped = new(() => EpisodeRules.Load(Path.Combine(AppContext.BaseDirectory, "data")).Claims);

    public static bool States(string sentence) => States(sentence, shipped.Value);

    internal static bool States(string sentence, ClaimRules rules) =>
        rules.Agents.AnyIn(sentence) && rules.Acts.Find(sentence).Any(a => a.Value.Role == ActRole.Intervention);
}
