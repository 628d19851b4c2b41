using SovietInterventions.Core.Import.Episodes;

namespace SovietInterventions.Core.Import.Episodes.Merging;

/// <summary>
/// Episodes looked up by target country, so that matching a passage costs the few episodes of the
/// countries it names rather than every episode of the import (which made large imports quadratic).
/// </summary>
internal sealed class EpisodesByCountry
{
    private readonly Dictionary<string, List<EpisodeDraft>> byCountry = new(StringComparer.Ordinal);
    private readonly Dictionary<EpisodeDraft, int> order = [];
    private readonly HashSet<(string Country, EpisodeDraft Episode)> indexed = [];

    private readonly Func<EpisodeDraft, IEnumerable<string>>? alsoUnder;

    /// <param name="alsoUnder">Further countries an episode is found under (the successors of a state gone before it began).</param>
    public EpisodesByCountry(IEnumerable<EpisodeDraft> episodes, Func<EpisodeDraft, IEnumerable<string>>? alsoUnder = null)
    {
        this.alsoUnder = alsoUnder;
        foreach (var episode in episodes) Add(episode);
    }

    /// <summary>Adds an episode, or indexes the targets it gained in a merge.</summary>
    public void Add(EpisodeDraft episode)
    {
        order.TryAdd(episode, order.Count);
        foreach (var country in alsoUnder is null ? episode.Targets : episode.Targets.Concat(alsoUnder(episode)))
        {
            if (!byCountry.TryGetValue(country, out var list)) byCountry[country] = list = [];
            if (indexed.Add((country, episode))) list.Add(episode);
        }
    }

    /// <summary>Episodes targeting any of the countries, in the order they were added.</summary>
    public List<EpisodeDraft> For(IEnumerable<string> countries) =>
        countries.SelectMany(c => byCountry.GetValueOrDefault(c) ?? []).Distinct().OrderBy(e => order[e]).ToList();
}
