using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// The curated people and bodies of the Soviet side (actors.json entries whose <c>country</c> is an intervener in
/// countries.json: Molotov, Zhukov, the Politburo, the 40th Army): where they act in a sentence, the Soviet side acts.
/// </summary>
internal static class SovietAgents
{
    /// <summary>Their names and aliases, from the gazetteer the import has loaded and checked.</summary>
    public static IReadOnlyList<string> NamesIn(Gazetteer gazetteer)
    {
        var interveners = gazetteer.Countries.Where(c => c.Intervener).Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        return gazetteer.Actors.Where(a => a.Country is { } c && interveners.Contains(c)).SelectMany(a => a.Aliases.Prepend(a.Name)).ToList();
    }
}
