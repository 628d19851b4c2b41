using SovietInterventions.Core.Model;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Search;

public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>How many of the current results fall under each country, decade and kind.</summary>
public sealed record Facets(IReadOnlyList<FacetValue> Countries, IReadOnlyList<FacetValue> Decades, IReadOnlyList<FacetValue> Kinds)
{
    public static readonly Facets None = new([], [], []);

    /// <param name="countries">Matches per target country, as counted by the database.</param>
    /// <param name="matches">Every match's years and kind.</param>
    public static Facets Of(IEnumerable<FacetValue> countries, IReadOnlyList<(int StartYear, int EndYear, EpisodeKind Kind)> matches) => new(
        [.. countries.OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal)],
        // Decades in date order; an episode counts in every decade it overlaps, as the decade filter does.
        [.. Decade.All
            .Select(d => new FacetValue(d.ToString(), d.ToString(), matches.Count(m => m.StartYear <= d.EndYear && m.EndYear >= d.StartYear)))
            .Where(f => f.Count > 0)],
        [.. matches.GroupBy(m => m.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new FacetValue(Core.Export.EpisodeJson.KindName(g.Key), DisplayName.Of(g.Key), g.Count()))]);
}

/// <summary>One facet as the search page shows it, with the link that sets (or, with null, clears) its value.</summary>
public sealed record FacetBox(string Heading, string Key, IReadOnlyList<FacetValue> Values, string? Selected, Func<string, string?, string> Link)
{
    /// <summary>Values a facet lists, most frequent first; the rest are counted.</summary>
    public const int Shown = 20;
}
