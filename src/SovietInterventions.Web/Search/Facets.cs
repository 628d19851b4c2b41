using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Search;

public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>How many of the current results fall under each country, decade and kind.</summary>
public sealed record Facets(IReadOnlyList<FacetValue> Countries, IReadOnlyList<FacetValue> Decades, IReadOnlyList<FacetValue> Kinds)
{
    public static Facets Of(IReadOnlyList<SearchHit> hits) => new(
        [.. hits.SelectMany(h => h.Countries.Where(c => c.IsTarget).DistinctBy(c => c.Slug))
            .GroupBy(c => c.Slug)
            .Select(g => new FacetValue(g.Key, g.First().Name, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal)],
        // Decades in date order; an episode counts in every decade it overlaps, as the decade filter does.
        [.. Decade.All
            .Select(d => new FacetValue(d.ToString(), d.ToString(), hits.Count(h => h.StartYear <= d.EndYear && h.EndYear >= d.StartYear)))
            .Where(f => f.Count > 0)],
        [.. hits.GroupBy(h => h.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new FacetValue(Core.Export.EpisodeJson.KindName(g.Key), DisplayName.Of(g.Key), g.Count()))]);
}

/// <summary>One facet as the search page shows it, with the link that sets (or, with null, clears) its value.</summary>
public sealed record FacetBox(string Heading, string Key, IReadOnlyList<FacetValue> Values, string? Selected, Func<string, string?, string> Link)
{
    /// <summary>Values a facet lists, most frequent first; the rest are counted.</summary>
    public const int Shown = 20;
}
