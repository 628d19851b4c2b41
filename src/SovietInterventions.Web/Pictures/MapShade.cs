namespace SovietInterventions.Web.Pictures;

/// <summary>
/// A country to shade on the world map. Historical states are passed under their modern
/// successors' codes (Czechoslovakia as CZE and SVK, each with the same href and label).
/// </summary>
public sealed record MapShade(string Iso3, string Href, string Label, int Count);
